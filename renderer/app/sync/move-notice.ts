/**
 * What the window says when a platform document was found elsewhere on the server: renamed in
 * its folder, moved to another folder, or both. Pure, so that the wording's choice is tested
 * without a window.
 */
import type { Translator } from '../i18n/translator.js';

/** How a document's URL changed, and the folder it is in now (path under the account's root, decoded). */
export interface MoveKind {
  readonly kind: 'renamed' | 'moved' | 'moved-renamed';
  /** `Archives/2026`; '' for the account's root folder. */
  readonly folder: string;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Folder path and file name of `url` under `rootUrl`, decoded segment by segment. */
function place(url: string, rootUrl: string): { folder: string; name: string } {
  const inside = url.startsWith(rootUrl) ? url.slice(rootUrl.length) : new URL(url).pathname;
  const segments = inside.split('/').filter((s) => s !== '').map(decoded);
  const name = segments.pop() ?? '';
  return { folder: segments.join('/'), name };
}

/** How the document went from `from` to `to` (both under the account's `rootUrl`). */
export function moveKind(from: string, to: string, rootUrl: string): MoveKind {
  const before = place(from, rootUrl);
  const after = place(to, rootUrl);
  if (before.folder === after.folder) return { kind: 'renamed', folder: after.folder };
  return { kind: before.name === after.name ? 'moved' : 'moved-renamed', folder: after.folder };
}

/** The notice for a document found at `to` that the window knew at `from`. */
export function moveNotice(t: Translator['t'], from: string, to: string, rootUrl: string, oldTitle: string, name: string): string {
  const { kind, folder } = moveKind(from, to, rootUrl);
  if (kind === 'renamed') return t('sync.remoteRenamed', { old: oldTitle, name });
  const where = folder === '' ? t('sync.rootFolder') : folder;
  return kind === 'moved' ? t('sync.remoteMoved', { name, folder: where }) : t('sync.remoteMovedRenamed', { old: oldTitle, name, folder: where });
}
