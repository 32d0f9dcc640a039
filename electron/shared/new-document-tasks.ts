/**
 * "New text document / New spreadsheet / New presentation" from outside the window: the Windows
 * jump list's tasks (`app.setUserTasks`) and the Linux desktop entry's actions both start Ostal
 * with `--new=<kind>`; a running Ostal gets the argument from the second instance. One table for
 * both, so that the two desktops never drift apart.
 */
import type { Locale } from './settings.js';

/** What kind of blank document to create. */
export type NewDocumentKind = 'text' | 'workbook' | 'deck';

export interface NewDocumentTask {
  readonly kind: NewDocumentKind;
  /** The command-line argument (`--new=text`). */
  readonly argument: string;
  /** The freedesktop action id (`new-text`). */
  readonly desktopAction: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly description: Readonly<Record<Locale, string>>;
}

export const NEW_DOCUMENT_TASKS: readonly NewDocumentTask[] = [
  {
    kind: 'text',
    argument: '--new=text',
    desktopAction: 'new-text',
    title: { fr: 'Nouveau document texte', en: 'New text document' },
    description: { fr: 'Crée un document texte vide dans Ostal', en: 'Creates a blank text document in Ostal' },
  },
  {
    kind: 'workbook',
    argument: '--new=workbook',
    desktopAction: 'new-workbook',
    title: { fr: 'Nouveau classeur', en: 'New spreadsheet' },
    description: { fr: 'Crée un classeur vide dans Ostal', en: 'Creates a blank spreadsheet in Ostal' },
  },
  {
    kind: 'deck',
    argument: '--new=deck',
    desktopAction: 'new-deck',
    title: { fr: 'Nouvelle présentation', en: 'New presentation' },
    description: { fr: 'Crée une présentation vide dans Ostal', en: 'Creates a blank presentation in Ostal' },
  },
];

/** Most blank documents one command line may ask for. */
const MAX_NEW = 3;

/** The blank documents a command line asks for (`--new=text`, ...), in order; anything else ignored. */
export function newDocumentKinds(argv: readonly string[]): NewDocumentKind[] {
  const kinds: NewDocumentKind[] = [];
  for (const arg of argv) {
    const task = NEW_DOCUMENT_TASKS.find((t) => t.argument === arg.toLowerCase());
    if (task) kinds.push(task.kind);
    if (kinds.length >= MAX_NEW) break;
  }
  return kinds;
}
