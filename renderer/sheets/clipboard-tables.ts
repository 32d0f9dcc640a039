/**
 * Cell blocks on the clipboard, as other applications put them there: tab-separated text
 * (`text/plain`, Excel's and LibreOffice's quoting) and an HTML table (`text/html`). Reading is
 * tolerant and linear: any HTML or text gives a grid of strings, never an error.
 */

/** One pasted or copied cell: the text shown, and the exact number when the source gave one. */
export interface ClipboardCell {
  readonly text: string;
  /** Exact value from the source (LibreOffice's `sdval`, Excel's `x:num`), when it is a number. */
  readonly number?: number;
}

/** Tab-separated text of a block: cells with tabs, line breaks or quotes are quoted, `"` doubled. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((text) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join('\t')).join('\r\n') + '\r\n';
}

/** Reads tab-separated text; quoted cells may hold tabs and line breaks. A final line break ends the block. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  while (i < n) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the next lone quote; text after it up to the separator is kept.
      let j = i + 1;
      let value = '';
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      if (j >= n) {
        // No closing quote: the quote was part of the text.
        cell += text.slice(i, n);
        break;
      }
      cell += value;
      i = j + 1;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
      atCellStart = false;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An HTML table of a block, as browsers and office suites paste it. Numbers carry their exact
 * value (`sdval`, as LibreOffice writes it) so that a pasted `1 234,56` stays 1234.56.
 */
export function toHtmlTable(rows: readonly (readonly ClipboardCell[])[]): string {
  const body = rows
    .map((row) => {
      const cells = row
        .map((cell) => {
          const exact = cell.number !== undefined ? ` sdval="${String(cell.number)}"` : '';
          return `<td${exact}>${escapeHtml(cell.text).replace(/\r?\n/g, '<br>')}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`;
}

const MAX_COLS = 16_384;
const MAX_ROWS = 1_048_576;
const MAX_CELLS = 2_000_000;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The text of a cell's inner HTML: tags dropped, `<br>` and block ends as line breaks, spaces collapsed. */
function cellText(inner: string): string {
  const text = inner
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    // Line breaks in the source are spaces; <br> and block ends are line breaks.
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|li)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The first table of an HTML fragment as rows of cells; `colspan`/`rowspan` leave empty cells as
 * the spreadsheet's merged area. Returns null when the HTML holds no table.
 */
export function parseHtmlTable(html: string): ClipboardCell[][] | null {
  const start = html.search(/<table\b/i);
  if (start < 0) return null;
  const endMatch = /<\/table\s*>/i.exec(html.slice(start));
  const table = endMatch ? html.slice(start, start + endMatch.index) : html.slice(start);
  const rows: ClipboardCell[][] = [];
  // Cells still covered by a rowspan from above: column -> rows left.
  const covered = new Map<number, number>();
  let cells = 0;
  const rowPattern = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody|<\/thead|<\/tfoot|$)/gi;
  for (const rowMatch of table.matchAll(rowPattern)) {
    const row: ClipboardCell[] = [];
    const cellPattern = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr|$)/gi;
    let col = 0;
    const skipCovered = () => {
      while ((covered.get(col) ?? 0) > 0 && col < MAX_COLS) {
        row.push({ text: '' });
        covered.set(col, covered.get(col)! - 1);
        col += 1;
      }
    };
    for (const cellMatch of (rowMatch[1] ?? '').matchAll(cellPattern)) {
      skipCovered();
      if (col >= MAX_COLS) break;
      const tag = cellMatch[2] ?? '';
      const inner = (cellMatch[3] ?? '').replace(/<\/t[dh]\s*>[\s\S]*$/i, '');
      const exact = attribute(tag, 'sdval') ?? attribute(tag, 'x:num');
      const number = exact !== undefined && exact.trim() !== '' && Number.isFinite(Number(exact)) ? Number(exact) : undefined;
      row.push(number !== undefined ? { text: cellText(inner), number } : { text: cellText(inner) });
      const colspan = Math.min(Math.max(parseInt(attribute(tag, 'colspan') ?? '1', 10) || 1, 1), 1000);
      const rowspan = Math.min(Math.max(parseInt(attribute(tag, 'rowspan') ?? '1', 10) || 1, 1), 10000);
      if (rowspan > 1) covered.set(col, rowspan - 1);
      col += 1;
      for (let k = 1; k < colspan && col < MAX_COLS; k += 1) {
        if (rowspan > 1) covered.set(col, rowspan - 1);
        row.push({ text: '' });
        col += 1;
      }
    }
    skipCovered();
    rows.push(row);
    cells += row.length;
    // A sheet's width, and a bound on what one paste can hold.
    if (cells > MAX_CELLS || rows.length >= MAX_ROWS) break;
  }
  return rows.length > 0 ? rows : null;
}
