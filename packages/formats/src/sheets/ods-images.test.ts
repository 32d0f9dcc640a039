/**
 * Pictures over ODS sheets: read from frames (table:shapes, in cells, inline binary data), kept
 * on ODS and FODS round trips with their place and size, valid ODF 1.3, seen by LibreOffice;
 * other formats report them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { SheetImage, Workbook } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/ods');

/** A real 2x2 PNG (red, green / blue, white). */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

function workbook(): Workbook {
  const image: SheetImage = {
    anchor: { from: { row: 1, col: 1, dx: 4, dy: 2 }, to: { row: 6, col: 3, dx: 10 } },
    size: { width: 134, height: 62 },
    mediaType: 'image/png',
    base64: PNG,
    name: 'Logo de la mairie',
    description: 'Blason de la commune',
  };
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [{ ...sheetFromGrid('Accueil', [[{ value: 'Mairie' }]]), columns: [{ first: 0, last: 0, width: 100 }], images: [image] }, sheetFromGrid('Vide', [[{ value: 1 }]])],
  };
}

describe.each(['ods', 'fods'] as const)('%s pictures', (format) => {
  it('keeps the picture bytes, place, size, name and description', async () => {
    const book = workbook();
    const back = (await read(await write(book, format))).document as Workbook;
    expect(back.sheets[0]?.images).toEqual(book.sheets[0]?.images);
    expect(back.sheets[1]?.images).toBeUndefined();
  });

  it('writes valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(workbook(), format), format === 'fods')).toEqual([]);
  });
});

describe('pictures elsewhere', () => {
  it('stores the picture in Pictures/ with its media type in the manifest', async () => {
    const files = unzipSync(await write(workbook(), 'ods'));
    expect(Buffer.from(files['Pictures/ostal-image-1.png']!).toString('base64')).toBe(PNG);
    expect(new TextDecoder().decode(files['META-INF/manifest.xml'])).toMatch(/full-path="Pictures\/ostal-image-1.png" manifest:media-type="image\/png"/);
  });

  it('reports pictures CSV leaves out (XLSX keeps them: xlsx-pictures.test.ts)', () => {
    expect(conversionLosses(workbook(), 'csv').map((d) => d.code)).toContain('image-dropped');
    expect(conversionLosses(workbook(), 'xlsx').map((d) => d.code)).not.toContain('image-dropped');
    expect(conversionLosses(workbook(), 'ods').map((d) => d.code)).not.toContain('image-dropped');
  });

  it('reads the pictures of an MS Office ODS, kept through an ODS round trip', async () => {
    const { document } = await read(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-spreadsheet3.ods'))));
    const images = (document as Workbook).sheets.flatMap((s) => s.images ?? []);
    expect(images.length).toBeGreaterThanOrEqual(3);
    expect(images.every((i) => i.mediaType.startsWith('image/') && i.base64.length > 100)).toBe(true);
    const again = (await read(await write(document, 'ods'))).document as Workbook;
    expect(again.sheets.flatMap((s) => s.images ?? [])).toEqual(images);
  });

  it('LibreOffice sees the picture Ostal wrote', async () => {
    const fods = libreofficeConvertBytes(await write(workbook(), 'ods'), 'image.ods', 'fods').toString('utf8');
    expect(fods).toMatch(/<draw:frame[^>]*draw:name="Logo de la mairie"/);
    expect(fods).toContain('<office:binary-data>');
    expect(fods).toContain('Blason de la commune');
  });
});
