/**
 * The EMF and WMF pictures of real documents (the corpus): each translates without throwing,
 * and nearly all draw something.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { metafileToSvg } from './metafile-to-svg.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus');
const FILES = [
  'docx/oxsdk-complex2005_12rtm.docx',
  'docx/oxsdk-complex0.docx',
  'docx/oxsdk-complex2010.docx',
  'docx/tika-testWORD_2006ml.docx',
  'pptx/poi-bug62513.pptx',
  'pptx/oxsdk-o09_Performance_typical.pptx',
  'pptx/tika-testPPT_various2.pptx',
  'xlsx/tika-testWPSAttachment.xlsx',
  'ods/odftk-spreadsheet3.ods',
];

it('draws the metafiles of corpus documents', () => {
  let total = 0;
  let drawn = 0;
  for (const file of FILES) {
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(CORPUS, file))), { filter: (f) => /\.(emf|wmf)$/i.test(f.name) });
    for (const [name, bytes] of Object.entries(parts)) {
      total++;
      const result = metafileToSvg(bytes);
      if (result) {
        drawn++;
        expect(result.svg, `${file} ${name}`).toMatch(/^<svg [^>]*viewBox="[-\d. ]+"[^>]*>.*<(path|text|image|g) .*<\/svg>$/s);
      }
    }
  }
  expect(total).toBe(86);
  // 85 of 86 today: image13.wmf of complex2005 draws nothing (an empty placeholder).
  expect(drawn).toBeGreaterThanOrEqual(85);
});
