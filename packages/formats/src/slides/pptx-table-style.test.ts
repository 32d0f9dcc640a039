/** PowerPoint table styles (a:tableStyleId, ppt/tableStyles.xml) resolved onto the cells by region and the table's flags. */
import { cellText, flattenShapes } from '@ostal/model';
import type { Deck, TableCell, TableShape } from '@ostal/model';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';
import { MEDIUM_STYLE_2_ACCENT_1 } from './pptx-table-style.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const STYLE_ID = '{11111111-2222-3333-4444-555555555555}';
const solid = (rgb: string) => `<a:fill><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></a:fill>`;
const line = (w: number, rgb: string) => `<a:ln w="${String(w)}"><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></a:ln>`;
/** A style: pale whole table with white inside lines, red odd row bands, blue first column, green bold white header with a thick bottom line. */
const DEFINITION = [
  `<a:tblStyle ${A} styleId="${STYLE_ID}" styleName="Test">`,
  `<a:wholeTbl><a:tcTxStyle><a:schemeClr val="dk1"/></a:tcTxStyle><a:tcStyle><a:tcBdr><a:insideH>${line(12_700, 'FFFFFF')}</a:insideH></a:tcBdr>`,
  `<a:fill><a:solidFill><a:schemeClr val="accent1"><a:tint val="20000"/></a:schemeClr></a:solidFill></a:fill></a:tcStyle></a:wholeTbl>`,
  `<a:band1H><a:tcStyle><a:tcBdr/>${solid('FF0000')}</a:tcStyle></a:band1H><a:band2H><a:tcStyle><a:tcBdr/></a:tcStyle></a:band2H>`,
  `<a:firstCol><a:tcStyle><a:tcBdr/>${solid('0000FF')}</a:tcStyle></a:firstCol>`,
  `<a:lastCol><a:tcStyle><a:tcBdr/>${solid('999999')}</a:tcStyle></a:lastCol>`,
  `<a:firstRow><a:tcTxStyle b="on"><a:schemeClr val="lt1"/></a:tcTxStyle><a:tcStyle><a:tcBdr><a:bottom>${line(38_100, 'FFFFFF')}</a:bottom></a:tcBdr>${solid('00FF00')}</a:tcStyle></a:firstRow>`,
  `</a:tblStyle>`,
].join('');

const text = (t: string): TableCell['text'] => ({ paragraphs: [{ runs: [{ text: t }] }] });
const row = (r: number): { height: number; cells: TableCell[] } => ({
  height: 370_840,
  cells: [0, 1, 2].map((c): TableCell => (r === 2 && c === 2 ? { text: text('own'), fill: { kind: 'solid', color: { rgb: 'FFFF00' } } } : { text: text(`${String(r)}${String(c)}`) })),
});

function deckWith(style: TableShape['style']): Deck {
  const table: TableShape = {
    kind: 'table',
    id: 3,
    name: 'Tableau',
    xfrm: { x: 838_200, y: 1_800_000, cx: 7_200_000, cy: 1_483_360 },
    columns: [2_400_000, 2_400_000, 2_400_000],
    rows: [0, 1, 2, 3].map(row),
    headerRow: true,
    ...(style ? { style } : {}),
  };
  return { kind: 'deck', version: 2, meta: {}, size: { cx: 9_144_000, cy: 6_858_000 }, slides: [{ id: 's', title: '', body: [], notes: '', shapes: [table] }] };
}

const tableOf = (deck: Deck): TableShape | undefined => flattenShapes(deck.slides.flatMap((sl) => sl.shapes ?? [])).find((s): s is TableShape => s.kind === 'table');
const styled = { id: STYLE_ID, definitionXml: DEFINITION, firstCol: true, bandRow: true };

describe('PowerPoint table styles', () => {
  it('resolve onto each cell by region, header row over first column over row bands over the whole table', async () => {
    const back = (await read(await write(deckWith(styled), 'pptx'))).document as Deck;
    const t = tableOf(back);
    const cell = (r: number, c: number) => t?.rows[r]?.cells[c];
    const fillOf = (r: number, c: number) => cell(r, c)?.styled?.fill;
    expect(fillOf(0, 0)).toEqual({ kind: 'solid', color: { rgb: '00FF00' } });
    expect(fillOf(0, 1)).toEqual({ kind: 'solid', color: { rgb: '00FF00' } });
    expect(fillOf(1, 0)).toEqual({ kind: 'solid', color: { rgb: '0000FF' } });
    expect(fillOf(1, 1)).toEqual({ kind: 'solid', color: { rgb: 'FF0000' } });
    // The second band has no fill of its own: the whole table's shows.
    expect(fillOf(2, 1)).toEqual({ kind: 'solid', color: { scheme: 'accent1', lumMod: 20_000, lumOff: 80_000 } });
    expect(fillOf(3, 1)).toEqual({ kind: 'solid', color: { rgb: 'FF0000' } });
    // lastCol is off: the last column is banded like the others.
    expect(fillOf(1, 2)).toEqual({ kind: 'solid', color: { rgb: 'FF0000' } });
    // A cell's own fill stays its own.
    expect(cell(2, 2)?.fill).toEqual({ kind: 'solid', color: { rgb: 'FFFF00' } });
    // Borders: the header's bottom edge, the whole table's inside lines between rows, no outer top.
    expect(cell(0, 1)?.styled?.borders?.bottom?.width).toBe(38_100);
    expect(cell(0, 1)?.styled?.borders?.top).toBeUndefined();
    expect(cell(2, 1)?.styled?.borders?.top?.width).toBe(12_700);
    // Header text bold and white where the run says nothing; body text dark.
    expect(cellText(cell(0, 1))?.paragraphs[0]?.runs[0]?.style).toMatchObject({ bold: true, color: { scheme: 'lt1' } });
    expect(cellText(cell(1, 1))?.paragraphs[0]?.runs[0]?.style?.bold).toBeUndefined();
    expect(t?.style).toMatchObject({ id: STYLE_ID, firstCol: true, bandRow: true });
  });

  it('keep the style id and flags on PPTX saves without writing the resolved formatting as direct formatting', async () => {
    const once = (await read(await write(deckWith(styled), 'pptx'))).document as Deck;
    const files = unzipSync(await write(once, 'pptx'));
    const slide = strFromU8(files['ppt/slides/slide1.xml'] ?? new Uint8Array());
    expect(slide).toContain(`<a:tableStyleId>${STYLE_ID}</a:tableStyleId>`);
    expect(slide).toMatch(/<a:tblPr firstRow="1" firstCol="1" bandRow="1">/);
    // Only the cell's own yellow is direct formatting.
    expect(slide.match(/<a:srgbClr val="[0-9A-F]{6}"/g)).toEqual(['<a:srgbClr val="FFFF00"']);
    expect(slide).not.toContain('<a:lnB');
    // The style's definition goes back to ppt/tableStyles.xml.
    const styles = strFromU8(files['ppt/tableStyles.xml'] ?? new Uint8Array());
    expect(styles).toContain(`styleId="${STYLE_ID}"`);
    expect(styles).toContain('<a:srgbClr val="FF0000"/>');
  });

  it('are written to ODP cells as their fills, borders and text', async () => {
    const once = (await read(await write(deckWith(styled), 'pptx'))).document as Deck;
    const content = strFromU8(unzipSync(await write(once, 'odp'))['content.xml'] ?? new Uint8Array());
    for (const rgb of ['#00ff00', '#0000ff', '#ff0000', '#ffff00']) expect(content.toLowerCase()).toContain(`fo:background-color="${rgb}"`);
    expect(content).toMatch(/fo:border-bottom="[0-9.]+(?:cm|mm|in|pt) solid #(?:FFFFFF|ffffff)"/);
    expect(content).toContain('fo:font-weight="bold"');
  });

  it('leave a style the file does not define unresolved, its id kept', async () => {
    const unknown = '{073A0DAA-6AF3-43AB-8588-CEC1D06C72B9}';
    const back = (await read(await write(deckWith({ id: unknown, bandRow: true }), 'pptx'))).document as Deck;
    const t = tableOf(back);
    expect(t?.style).toEqual({ id: unknown, bandRow: true });
    expect(t?.rows.flatMap((r) => r.cells).some((c) => c.styled)).toBe(false);
  });

  it('know PowerPoint’s default style when the file does not define it, as PowerPoint defines it', async () => {
    // tika-testPPT_various2 holds PowerPoint's own definition of Medium Style 2 - Accent 1.
    const bytes = readFileSync(path.join(CORPUS, 'pptx/tika-testPPT_various2.pptx'));
    const files = unzipSync(bytes);
    expect(strFromU8(files['ppt/tableStyles.xml'] ?? new Uint8Array())).toContain(`styleId="${MEDIUM_STYLE_2_ACCENT_1}"`);
    const undefinedStyle = zipSync({ ...files, 'ppt/tableStyles.xml': strToU8(`<a:tblStyleLst ${A} def="${MEDIUM_STYLE_2_ACCENT_1}"/>`) });
    const cellsOf = async (b: Uint8Array) => tableOf((await read(b)).document as Deck)?.rows.flatMap((r) => r.cells.map((c) => c.styled));
    const defined = await cellsOf(bytes);
    const builtIn = await cellsOf(undefinedStyle);
    expect(defined?.length).toBeGreaterThan(4);
    expect(defined?.every((c) => c?.fill)).toBe(true);
    expect(builtIn).toEqual(defined);
  });
});
