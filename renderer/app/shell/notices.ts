/** Messages the shell shows above the workspace. */
import type { ReactNode } from 'react';
import type { NoticeTone } from '../../ui/index.js';

export interface AppNotice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly message: string;
  readonly details?: ReactNode;
  /** The document it is about: shown only while that document's tab is active, gone when it closes. */
  readonly docId?: string;
  /** One optional action button (e.g. "Enregistrer quand même"). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

let nextNotice = 0;

/** A notice with a fresh id. */
export function makeNotice(notice: Omit<AppNotice, 'id'>): AppNotice {
  nextNotice += 1;
  return { ...notice, id: nextNotice };
}
