import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentFromNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { fieldValueOfOdf, fieldValueOfResult } from './fixed-field-value.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { fieldAttrs } from '../testing/field-attrs.js';

const s = textSchema;
const field = (attrs: Record<string, unknown>): PMNode => s.nodes.field!.create(attrs);
const fields = fieldAttrs;
const DATE = ' DATE \\@ "dd/MM/yyyy" ';

describe('values of fixed dates and times read from what they show', () => {
  it('reads numeric, French and English dates and 24- and 12-hour times', () => {
    expect(fieldValueOfResult('date', 'dd/MM/yyyy', '05/03/2024')).toBe('2024-03-05');
    expect(fieldValueOfResult('date', 'd MMMM yyyy', '5 mars 2024')).toBe('2024-03-05');
    expect(fieldValueOfResult('date', 'dddd d MMMM yyyy', 'mardi 13\u00a0février 2024')).toBe('2024-02-13');
    expect(fieldValueOfResult('date', 'd MMM. yy', '1 déc. 99')).toBe('1999-12-01');
    expect(fieldValueOfResult('date', 'MMMM d, yyyy', 'March 5, 2024')).toBe('2024-03-05');
    expect(fieldValueOfResult('date', 'dd/MM/yyyy HH:mm', '05/03/2024 14:30')).toBe('2024-03-05T14:30:00');
    expect(fieldValueOfResult('time', 'HH:mm:ss', '09:05:07')).toBe('09:05:07');
    expect(fieldValueOfResult('time', 'h:mm AM/PM', '2:30 PM')).toBe('14:30:00');
    expect(fieldValueOfResult('time', 'h:mm AM/PM', '12:10 AM')).toBe('00:10:00');
  });

  it('gives nothing for what is not a whole, real date or time', () => {
    expect(fieldValueOfResult('date', 'dd/MM/yyyy', '31/02/2024')).toBeNull();
    expect(fieldValueOfResult('date', 'dd/MM/yyyy', 'demain')).toBeNull();
    expect(fieldValueOfResult('date', 'MMMM yyyy', 'mars 2024')).toBeNull(); // no day
    expect(fieldValueOfResult('date', 'd MMMM yyyy', '5 brumaire 2024')).toBeNull();
    expect(fieldValueOfResult('time', 'HH:mm', '25:10')).toBeNull();
  });

  it('reads ODF values, ODF 1.1 durations included, for the right kind only', () => {
    expect(fieldValueOfOdf('date', '2024-03-05T10:20:30.123')).toBe('2024-03-05T10:20:30');
    expect(fieldValueOfOdf('date', '2024-03-05')).toBe('2024-03-05');
    expect(fieldValueOfOdf('time', 'PT14H30M00S')).toBe('14:30:00');
    expect(fieldValueOfOdf('date', '14:30:00')).toBeNull();
    expect(fieldValueOfOdf('time', '2024-03-05')).toBeNull();
    expect(fieldValueOfOdf('date', 'hier')).toBeNull();
  });

  it('refuses other values in the model', () => {
    expect(() => field({ kind: 'date', value: '05/03/2024' }).check()).toThrow(RangeError);
    expect(() => field({ kind: 'date', value: '2024-03-05' }).check()).not.toThrow();
  });
});

describe('fixed dates and times in files', () => {
  const sample = textDocumentFromNode(
    s.nodes.doc!.create(null, [
      s.nodes.paragraph!.create(null, [
        s.text('Signé le '),
        field({ kind: 'date', instruction: DATE, result: '05/03/2024', fixed: true, value: '2024-03-05' }),
        s.text(' à '),
        field({ kind: 'time', instruction: '', result: '14:30:00', fixed: true, value: '14:30:00' }),
        s.text(', imprimé le '),
        field({ kind: 'date', instruction: DATE, result: '29/11/2026' }),
      ]),
    ]),
  );

  for (const format of ['odt', 'fodt'] as const) {
    it(`keeps the value through ${format}`, async () => {
      expectSameDocument(sample, await roundTrip(sample, format));
    });
  }

  it('writes text:date-value and text:time-value on fixed fields only', async () => {
    const xml = strFromU8(unzipSync(await write(sample, 'odt'))['content.xml']!);
    expect(xml).toMatch(/<text:date style:data-style-name="[^"]+" text:fixed="true" text:date-value="2024-03-05">05\/03\/2024<\/text:date>/);
    expect(xml).toContain('<text:time text:fixed="true" text:time-value="14:30:00">14:30:00</text:time>');
    expect(xml).toMatch(/<text:date style:data-style-name="[^"]+">29\/11\/2026<\/text:date>/);
    expect(odfSchemaErrors(await write(sample, 'odt'))).toEqual([]);
  });

  it('reads the value of a locked DOCX date from its result, and keeps it docx → odt → docx', async () => {
    const body = `<w:p><w:fldSimple w:instr='${DATE}' w:fldLock="1"><w:r><w:t>05/03/2024</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> et </w:t></w:r><w:fldSimple w:instr='${DATE}'><w:r><w:t>06/03/2024</w:t></w:r></w:fldSimple></w:p>`;
    const doc = (await read(miniDocx(body))).document as TextDocument;
    expect(fields(doc).map((f) => [f.fixed, f.value])).toEqual([
      [true, '2024-03-05'],
      [false, null],
    ]);
    expectSameDocument(doc, await roundTrip(doc, 'docx'));
    expectSameDocument(doc, await roundTrip(await roundTrip(doc, 'odt'), 'docx'));
  });
});

describe('LibreOffice and fixed dates', () => {
  it('shows the stored date of a DOCX date converted to ODT, not today’s', async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Signé le </w:t></w:r><w:fldSimple w:instr='${DATE}' w:fldLock="1"><w:r><w:t>05/03/2024</w:t></w:r></w:fldSimple></w:p>`;
    const doc = (await read(miniDocx(body))).document as TextDocument;
    const odt = await write(doc, 'odt');
    // LibreOffice recomputes the text of a fixed date from its value: with none it shows today.
    const fodt = libreofficeConvert(odt, 'signe.odt', 'fodt');
    expect(fodt).toMatch(/<text:date [^>]*text:date-value="2024-03-05(?:T00:00:00)?"[^>]*>05\/03\/2024<\/text:date>/);
    expect(fodt).toMatch(/text:fixed="true"/);
    // And a value LibreOffice writes reads back.
    const back = (await read(libreofficeConvertBytes(odt, 'signe.odt', 'odt'))).document as TextDocument;
    expect(fields(back).map((f) => [f.fixed, String(f.value).slice(0, 10)])).toEqual([[true, '2024-03-05']]);
  });
});
