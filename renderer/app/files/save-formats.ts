/** Which formats Save as offers for each document kind, and file-name handling around them. */
import { FAMILY_FORMATS } from '../../../electron/shared/index.js';
import type { Settings } from '../../../electron/shared/index.js';
import { formatFromFileName, FORMAT_KIND } from '@ostal/model';
import type { DocumentKind, FormatId } from '@ostal/model';

/** Formats offered by Save as, ODF first (RGI), then OOXML, then CSV for workbooks. */
export function saveFormats(kind: DocumentKind): readonly FormatId[] {
  switch (kind) {
    case 'text':
      return ['odt', 'docx', 'fodt'];
    case 'workbook':
      return ['ods', 'xlsx', 'csv', 'fods'];
    case 'deck':
      return ['odp', 'pptx', 'fodp'];
    default: {
      const missing: never = kind;
      throw new RangeError(`Unknown document kind ${String(missing)}.`);
    }
  }
}

/** The format proposed by Save as: the family from settings (ODF unless IT says otherwise). */
export function defaultSaveFormat(kind: DocumentKind, family: Settings['defaultFamily']): FormatId {
  return FAMILY_FORMATS[family][kind];
}

/** Formats a file can be opened from (for the Open dialog filter). */
export function isOpenableName(name: string): boolean {
  return formatFromFileName(name) !== null;
}

/** `name` with the extension of `format` (replacing another known extension, keeping unknown dots). */
export function withExtension(name: string, format: FormatId): string {
  const trimmed = name.trim();
  const current = formatFromFileName(trimmed);
  if (current === format) return trimmed;
  const base = current !== null && FORMAT_KIND[current] === FORMAT_KIND[format] ? trimmed.replace(/\.[A-Za-z]+$/, '') : trimmed;
  return `${base}.${format}`;
}

/** The name without its extension ("rapport.odt" -> "rapport"). */
export function baseName(name: string): string {
  return name.replace(/\.[A-Za-z0-9]+$/, '');
}

/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** The last segment of a path. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
