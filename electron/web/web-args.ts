/**
 * Command-line flags of the browser-mode host: `--port <n>` (0, the default, picks a free port)
 * and `--root <dir>` (the folder the in-app Open/Save dialogs start in), `--new=<text|workbook|deck>`
 * (a blank document at start, as the desktop app's jump list tasks and desktop actions ask).
 */
import path from 'node:path';
import type { NewDocumentKind } from '../shared/new-document-tasks.js';
import { newDocumentKinds } from '../shared/new-document-tasks.js';

export interface WebArgs {
  readonly port: number;
  /** Absolute documents folder, when given. */
  readonly root?: string;
  /** Documents named after the options, to open at start (absolute). */
  readonly documents?: readonly string[];
  /** "Open in desktop" links (`ostal:ofe|u|https://…`) named after the options, to open at start. */
  readonly links?: readonly string[];
  /** Blank documents to create at start (`--new=workbook`). */
  readonly newDocuments?: readonly NewDocumentKind[];
}

/** Usage text printed with a usage error. */
export const WEB_USAGE = 'usage: node dist/web.cjs [--port <n>] [--root <dir>] [--new=text|workbook|deck] [document | ostal:link ...]';

/**
 * Parses the flags (`--port 8080`, `--port=8080`, `--root ~/docs`).
 * @throws RangeError with one plain sentence for an unknown flag, a missing value or a bad port.
 */
export function parseWebArgs(argv: readonly string[], cwd: string = process.cwd()): WebArgs {
  let port = 0;
  let root: string | undefined;
  const documents: string[] = [];
  const links: string[] = [];
  const newDocuments: NewDocumentKind[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.toLowerCase().startsWith('--new=')) {
      const kinds = newDocumentKinds([arg]);
      if (kinds.length === 0) throw new RangeError(`--new takes text, workbook or deck, not ${arg.slice('--new='.length)}.`);
      newDocuments.push(...kinds);
      continue;
    }
    if (arg.toLowerCase().startsWith('ostal:')) {
      links.push(arg);
      continue;
    }
    if (!arg.startsWith('-')) {
      documents.push(path.resolve(cwd, arg));
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--port' && flag !== '--root') throw new RangeError(`Unknown option ${arg}.`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new RangeError(`Option ${flag} needs a value.`);
    if (flag === '--port') {
      if (!/^\d+$/.test(value) || Number(value) > 65535) throw new RangeError(`--port must be a number from 0 to 65535, not ${value}.`);
      port = Number(value);
    } else {
      root = path.resolve(cwd, value);
    }
  }
  return { port, ...(root === undefined ? {} : { root }), ...(documents.length > 0 ? { documents } : {}), ...(links.length > 0 ? { links } : {}), ...(newDocuments.length > 0 ? { newDocuments } : {}) };
}
