/**
 * LibreOffice as the independent judge: converts a file Ostal wrote with `soffice --headless
 * --convert-to` and returns what LibreOffice saw (text for documents, CSV for sheets).
 * Conversions go to the LibreOffice kept running for this test process (`libreoffice-server.ts`);
 * the others (filter options of their own, no python3-uno) run `soffice --convert-to` with their
 * own user profile, so that parallel test files do not collide.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertWithServer } from './libreoffice-server.js';

/**
 * Converts `bytes` (a file named `name`) to `target` (e.g. `txt`, `csv`, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`).
 * @throws Error when LibreOffice cannot open or convert the file.
 */
export function libreofficeConvert(bytes: Uint8Array, name: string, target: string): string {
  return libreofficeConvertBytes(bytes, name, target).toString('utf8');
}

/** Like {@link libreofficeConvert}, returning the converted file's bytes (PDF and other binary targets). */
export function libreofficeConvertBytes(bytes: Uint8Array, name: string, target: string): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-lo-'));
  try {
    const input = path.join(dir, name);
    writeFileSync(input, bytes);
    const out = path.join(dir, 'out');
    if (convertWithServer(input, out, target) === 'unavailable') execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', target, '--outdir', out, input],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    const files = readdirSync(out);
    if (files.length === 0) throw new Error(`LibreOffice did not convert ${name} to ${target}`);
    return Buffer.concat(files.sort().map((f) => readFileSync(path.join(out, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All sheets of a workbook as CSV, one string per sheet (LibreOffice 7.2+ sheet=-1 option). */
export function libreofficeSheetsCsv(bytes: Uint8Array, name: string): string {
  return libreofficeConvert(bytes, name, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
}

/** The text of the PDF LibreOffice makes of `bytes` (`pdftotext -layout`; pages end with a form feed). */
export function libreofficePdfText(bytes: Uint8Array, name: string): string {
  const pdf = libreofficeConvertBytes(bytes, name, 'pdf');
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8', timeout: 60_000 });
}
