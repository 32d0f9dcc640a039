/**
 * Names of conflict copies: `rapport (conflit 2026-11-29 014705).odt` in French,
 * `report (conflict 2026-11-29 014705).odt` in English — the time the conflict was found, in the
 * agent's local time, so that two copies of the same file never share a name within a second.
 */

export type SyncLanguage = 'fr' | 'en';

const WORD: Readonly<Record<SyncLanguage, string>> = { fr: 'conflit', en: 'conflict' };

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD HHMMSS` in local time. */
export function conflictStamp(date: Date): string {
  return (
    `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

/**
 * The conflict copy's file name for `fileName`. The extension is the part after the last dot
 * (none for dot files such as `.profile`).
 * @example conflictName('budget 2027.ods', new Date(2026, 10, 29, 1, 47, 5), 'fr') // 'budget 2027 (conflit 2026-11-29 014705).ods'
 */
export function conflictName(fileName: string, date: Date, language: SyncLanguage): string {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : '';
  return `${stem} (${WORD[language]} ${conflictStamp(date)})${ext}`;
}

/** The URL of a sibling of `url` named `fileName` (same folder). */
export function siblingUrl(url: string, fileName: string): string {
  const u = new URL(url);
  u.pathname = u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1) + encodeURIComponent(fileName);
  return u.href;
}

/** The decoded last path segment of `url`. */
export function fileNameOf(url: string): string {
  const path = new URL(url).pathname.replace(/\/$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
