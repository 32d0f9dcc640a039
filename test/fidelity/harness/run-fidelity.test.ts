/**
 * The harness end to end on two small corpus files (the full corpus runs with `npm run
 * fidelity`, too slow for `npm test`). Needs LibreOffice, jing and poppler, like the other
 * fidelity tests.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../corpus.js';
import { aggregate, failures } from './aggregate.js';
import { renderMarkdown } from './report-markdown.js';
import { runFidelity } from './run-fidelity.js';
import { sheetScorer } from './sheet-scorer.js';
import { textScorer } from './text-scorer.js';

describe('runFidelity', () => {
  it('scores a docx and an odt against LibreOffice', { timeout: 180_000 }, async () => {
    const files = ['docx/mammoth-simple-list.docx', 'odt/odfdo-base_text.odt'].map((f) => path.join(CORPUS, f));
    const run = await runFidelity({ files, scorer: textScorer, shownName: (f) => path.relative(CORPUS, f) });

    expect(failures(run)).toEqual([]);
    const [docx, odt] = run.files;
    expect(docx!.outputs.map((o) => `${o.role}:${o.format}`)).toEqual(['same:docx', 'cross:odt']);
    expect(odt!.outputs.map((o) => `${o.role}:${o.format}`)).toEqual(['same:odt', 'cross:docx', 'flat:fodt']);
    for (const o of [...docx!.outputs, ...odt!.outputs]) {
      expect(o.content?.similarity, `${o.format} text`).toBeGreaterThan(0.5);
      expect(o.page?.similarity, `${o.format} pages`).toBeGreaterThan(0);
      expect(o.page?.pagesA).toBeGreaterThan(0);
    }
    // Two list items, both words kept: the simple list survives every round trip word for word.
    expect(docx!.outputs.map((o) => o.content?.similarity)).toEqual([1, 1]);
    expect(docx!.outputs.every((o) => o.structure?.identical)).toBe(true);
    expect(odt!.outputs.filter((o) => o.odfErrors !== undefined).map((o) => o.odfErrors)).toEqual([[], []]);
    expect(aggregate(run, textScorer.targets).targets).toHaveLength(6);
    expect(renderMarkdown(run, textScorer)).toContain('odt/odfdo-base_text.odt');
  });

  it('scores an xlsx and an ods cell for cell against LibreOffice, without pages', { timeout: 180_000 }, async () => {
    const files = ['xlsx/calamine-any_sheets.xlsx', 'ods/calamine-merged_cells.ods'].map((f) => path.join(CORPUS, f));
    const run = await runFidelity({ files, scorer: sheetScorer, shownName: (f) => path.relative(CORPUS, f) });

    expect(failures(run)).toEqual([]);
    const [xlsx, ods] = run.files;
    expect(xlsx!.outputs.map((o) => `${o.role}:${o.format}`)).toEqual(['same:xlsx', 'cross:ods']);
    expect(ods!.outputs.map((o) => `${o.role}:${o.format}`)).toEqual(['same:ods', 'cross:xlsx', 'flat:fods']);
    for (const o of [...xlsx!.outputs, ...ods!.outputs]) {
      expect(o.content?.total, `${o.format} cells compared`).toBeGreaterThan(0);
      expect(o.content?.similarity, `${o.format} cells`).toBeGreaterThan(0.5);
      expect(o.page).toBeUndefined();
    }
    const targets = aggregate(run, sheetScorer.targets, sheetScorer.report.contentName).targets;
    expect(targets.map((t) => t.name)).toContain('Same and cross format: cell agreement ≥ 99.9% over all cells');
    const report = renderMarkdown(run, sheetScorer);
    expect(report).toContain('# Fidelity of spreadsheets');
    expect(report).toContain('ods/calamine-merged_cells.ods');
    expect(report).not.toContain('Worst ten by page similarity');
  });
});
