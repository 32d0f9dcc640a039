/**
 * Format detection by content, never by file name: zip packages by their `mimetype` entry (ODF)
 * or `[Content_Types].xml` (OOXML), flat ODF by the root `office:mimetype` attribute.
 * CSV has no signature: callers pass `format: 'csv'` to `read` when the user chose a CSV file.
 */
import type { FormatId } from '@ostal/model';
import { ZipArchive, decodeText, looksLikeZip } from './container/zip-reader.js';
import { DEFAULT_LIMITS } from './limits.js';

const ODF_TYPES: Readonly<Record<string, FormatId>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.text-template': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.spreadsheet-template': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.presentation-template': 'odp',
};

const FLAT_TYPES: Readonly<Record<string, FormatId>> = { text: 'fodt', spreadsheet: 'fods', presentation: 'fodp' };

const OOXML_MAIN: readonly [RegExp, FormatId][] = [
  [/wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroenabled/i, 'docx'],
  [/spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroenabled/i, 'xlsx'],
  [/presentationml\.(presentation|slideshow|template)\.main\+xml|ms-powerpoint\.(presentation|slideshow|template)\.macroenabled/i, 'pptx'],
];

const OOXML_FALLBACK: readonly [string, FormatId][] = [
  ['word/document.xml', 'docx'],
  ['xl/workbook.xml', 'xlsx'],
  ['ppt/presentation.xml', 'pptx'],
];

/** True for an OLE2 compound file (legacy .doc/.xls/.ppt, or an encrypted OOXML package). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** The format of `bytes`, or null when it is none Ostal reads by content. Never throws. */
export function detect(bytes: Uint8Array): FormatId | null {
  if (looksLikeZip(bytes)) return detectZip(bytes);
  return detectFlat(bytes);
}

function detectZip(bytes: Uint8Array): FormatId | null {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
  } catch {
    return null;
  }
  try {
    if (zip.has('mimetype')) {
      const mime = new TextDecoder().decode(zip.read('mimetype')).trim();
      const f = ODF_TYPES[mime];
      if (f) return f;
    }
    if (zip.has('[Content_Types].xml')) {
      const types = zip.readText('[Content_Types].xml');
      for (const [re, f] of OOXML_MAIN) if (re.test(types)) return f;
      for (const [part, f] of OOXML_FALLBACK) if (zip.has(part)) return f;
    }
    if (zip.has('META-INF/manifest.xml') && zip.has('content.xml')) {
      const m = /media-type="(application\/vnd\.oasis\.opendocument\.[a-z-]+)"\s+[^>]*full-path="\/"|full-path="\/"[^>]*media-type="(application\/vnd\.oasis\.opendocument\.[a-z-]+)"/.exec(
        zip.readText('META-INF/manifest.xml'),
      );
      const f = m ? ODF_TYPES[m[1] ?? m[2] ?? ''] : undefined;
      if (f) return f;
    }
  } catch {
    return null;
  }
  return null;
}

function detectFlat(bytes: Uint8Array): FormatId | null {
  const head = decodeText(bytes.subarray(0, 64 * 1024));
  if (!/^\s*<(\?xml|[A-Za-z])/.test(head)) return null;
  const m = /\bmimetype\s*=\s*["']application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)["']/.exec(head);
  return m ? (FLAT_TYPES[m[1]!] ?? null) : null;
}
