/**
 * A sheet's print settings as the "Mise en page…" dialog edits them: orientation, paper, scale
 * or fit to pages, margins in centimetres (typed in the user's language), the print range and the
 * rows repeated at the top of each page. What the dialog does not show (headers and footers,
 * repeated columns...) is kept as the file had it.
 */
import { cellName, parseCellName } from '@ostal/model';
import type { CellRange, PageSetup } from '@ostal/model';
import { formatNumber, parseLocaleNumber } from './cell-text.js';

/** Paper sizes offered, portrait-wise, in millimetres. */
export const PAPERS = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  A5: { width: 148, height: 210 },
  Letter: { width: 216, height: 279 },
  Legal: { width: 216, height: 356 },
} as const;
export type PaperName = keyof typeof PAPERS | 'other';

export interface PageSetupForm {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: PaperName;
  /** `scale`: a percentage; `fit`: so many pages wide and tall (0: as many as needed). */
  readonly scaling: 'scale' | 'fit';
  readonly scale: string;
  readonly fitWidth: string;
  readonly fitHeight: string;
  /** Centimetres as typed. */
  readonly top: string;
  readonly bottom: string;
  readonly left: string;
  readonly right: string;
  /** `A1:F40`, empty for the whole sheet. */
  readonly printArea: string;
  /** `1` or `1:2` (row numbers as shown), empty for none. */
  readonly repeatRows: string;
  readonly centerHorizontally: boolean;
  readonly centerVertically: boolean;
  readonly gridLines: boolean;
}

export type PageSetupField = 'scale' | 'fitWidth' | 'fitHeight' | 'top' | 'bottom' | 'left' | 'right' | 'printArea' | 'repeatRows';

const PT_PER_CM = 72 / 2.54;
/** Excel's and LibreOffice's default margins, in points (0.75 inch left/right... LibreOffice uses 2 cm). */
const DEFAULT_MARGINS = { top: 0.75 * 72, bottom: 0.75 * 72, left: 0.7 * 72, right: 0.7 * 72 };

const cm = (points: number, locale: string) => formatNumber(Math.round((points / PT_PER_CM) * 100) / 100, locale);

function paperName(paper: PageSetup['paper']): PaperName {
  if (!paper) return 'A4';
  for (const [name, size] of Object.entries(PAPERS)) if (Math.abs(size.width - paper.width) <= 1 && Math.abs(size.height - paper.height) <= 1) return name as PaperName;
  return 'other';
}

function rangeText(r: CellRange): string {
  const a = cellName(r.top, r.left);
  const b = cellName(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** The dialog's form for a sheet's settings. */
export function pageSetupForm(setup: PageSetup | undefined, locale: string): PageSetupForm {
  const s = setup ?? {};
  const m = { ...DEFAULT_MARGINS, ...s.margins };
  const fit = s.fitWidth !== undefined || s.fitHeight !== undefined;
  const rows = s.repeatRows;
  return {
    orientation: s.orientation ?? 'portrait',
    paper: paperName(s.paper),
    scaling: fit ? 'fit' : 'scale',
    scale: String(s.scale ?? 100),
    fitWidth: String(s.fitWidth ?? 1),
    fitHeight: String(s.fitHeight ?? (fit ? 0 : 1)),
    top: cm(m.top, locale),
    bottom: cm(m.bottom, locale),
    left: cm(m.left, locale),
    right: cm(m.right, locale),
    printArea: (s.printArea ?? []).map(rangeText).join(';'),
    repeatRows: rows ? (rows.first === rows.last ? String(rows.first + 1) : `${String(rows.first + 1)}:${String(rows.last + 1)}`) : '',
    centerHorizontally: s.centerHorizontally ?? false,
    centerVertically: s.centerVertically ?? false,
    gridLines: s.gridLines ?? false,
  };
}

function parseArea(text: string): CellRange[] | null {
  const parts = text
    .split(/[;,]/)
    .map((p) => p.trim().replace(/^.*!/, ''))
    .filter((p) => p !== '');
  const out: CellRange[] = [];
  for (const part of parts) {
    const [a, b = a] = part.split(':');
    const from = parseCellName(a ?? '');
    const to = parseCellName(b ?? '');
    if (!from || !to) return null;
    out.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  return out;
}

function parseRows(text: string): { first: number; last: number } | null {
  const m = /^\$?(\d{1,7})(?::\$?(\d{1,7}))?$/.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a < 1 || b < 1) return null;
  return { first: Math.min(a, b) - 1, last: Math.max(a, b) - 1 };
}

/**
 * The settings a form describes, over the sheet's `old` ones (what the dialog does not show is
 * kept); or the first field that cannot be read.
 */
export function pageSetupOf(form: PageSetupForm, old: PageSetup | undefined, locale: string): { setup?: PageSetup; problem?: PageSetupField } {
  const margins: Record<string, number> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const v = parseLocaleNumber(form[side], locale);
    if (v === null || v < 0 || v > 20) return { problem: side };
    margins[side] = Math.round(v * PT_PER_CM * 100) / 100;
  }
  const { scale: _s, fitWidth: _w, fitHeight: _h, printArea: _a, repeatRows: _r, margins: oldMargins, paper: oldPaper, ...rest } = old ?? {};
  let scaling: Partial<PageSetup>;
  if (form.scaling === 'scale') {
    const scale = parseLocaleNumber(form.scale, locale);
    if (scale === null || !Number.isInteger(scale) || scale < 10 || scale > 400) return { problem: 'scale' };
    scaling = scale !== 100 ? { scale } : {};
  } else {
    const w = Number(form.fitWidth.trim());
    if (!/^\d{1,4}$/.test(form.fitWidth.trim()) || w > 9999) return { problem: 'fitWidth' };
    const h = Number(form.fitHeight.trim());
    if (!/^\d{1,4}$/.test(form.fitHeight.trim())) return { problem: 'fitHeight' };
    scaling = { fitWidth: w, fitHeight: h };
  }
  const area = form.printArea.trim() === '' ? [] : parseArea(form.printArea);
  if (area === null) return { problem: 'printArea' };
  const rows = form.repeatRows.trim() === '' ? undefined : parseRows(form.repeatRows);
  if (rows === null) return { problem: 'repeatRows' };
  const paper = form.paper === 'other' ? oldPaper : PAPERS[form.paper];
  const setup: PageSetup = {
    ...rest,
    orientation: form.orientation,
    ...(paper ? { paper: { width: paper.width, height: paper.height } } : {}),
    margins: { ...oldMargins, top: margins.top!, bottom: margins.bottom!, left: margins.left!, right: margins.right! },
    ...scaling,
    ...(area.length > 0 ? { printArea: area } : {}),
    ...(rows ? { repeatRows: rows } : {}),
    centerHorizontally: form.centerHorizontally,
    centerVertically: form.centerVertically,
    gridLines: form.gridLines,
  };
  return { setup };
}
