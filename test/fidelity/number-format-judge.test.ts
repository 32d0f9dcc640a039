/**
 * Number formats judged by LibreOffice: an xlsx written by Ostal with many format codes is
 * exported to CSV "as shown" by LibreOffice under the fr-FR locale, and each line must be what
 * `formatCellValue` shows a French user.
 * Run under LC_ALL=fr_FR.UTF-8: LibreOffice takes its default locale from the environment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCellValue } from '@ostal/calc';
import { write } from '@ostal/formats';
import { WORKBOOK_VERSION } from '@ostal/model';

const CASES: readonly [number, string][] = [
  [1234.56, '#,##0.00 [$€-40C]'],
  [0.125, '0.0%'],
  [0.125, '0.0 %'],
  [46354, 'DD/MM/YYYY'],
  [46354, '[$-40C]d mmmm yyyy'],
  [0.75, 'hh:mm:ss'],
  [-1234.5, '0.00'],
  [1234567, '#,##0'],
  [1.5, '# ?/?'],
  [46354, 'dddd d mmm'],
  [1.5, '[h]:mm:ss'],
  [-5, '0;(0)'],
  [1234.5, '"$"#,##0.00'],
  [46354.75, 'yyyy-mm-dd hh:mm'],
  // Built-in ids (0.00% is 10) are shown by LibreOffice in its locale's own variant ("50,00 %"), so custom codes here.
  [0.5, '0.000%'],
  [42, '@'],
  [3.14159, '0.000'],
  [1234.5, '#,##0.00\\ "€"'],
];

/** LibreOffice's CSV export of cells as shown, under `locale` (e.g. fr_FR.UTF-8). */
function shownCsv(bytes: Uint8Array, locale: string, ext = 'xlsx'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-lo-'));
  try {
    writeFileSync(path.join(dir, `formats.${ext}`), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true,false,false',
        '--outdir',
        dir,
        path.join(dir, `formats.${ext}`),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, env: { ...process.env, LC_ALL: locale, LANG: locale } },
    );
    return readFileSync(path.join(dir, 'formats.csv'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('number formats against LibreOffice', () => {
  it.each(['xlsx', 'ods'] as const)('shows every format of an %s as LibreOffice fr-FR does', async (format) => {
    const styles = [{}, ...CASES.map(([, numberFormat]) => ({ numberFormat }))];
    const rows = CASES.map(([value], i) => [{ value, style: i + 1 }]);
    const bytes = await write({ kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, styles, sheets: [{ name: 'F', rows }] }, format);
    const lines = shownCsv(bytes, 'fr_FR.UTF-8', format)
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .map((l) => l.replace(/^"(.*)"$/, '$1'));
    const ours = CASES.map(([value, code]) => formatCellValue(value, code, { locale: 'fr-FR' }).text);
    expect(ours).toEqual(lines);
  });
});
