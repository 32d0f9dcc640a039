/**
 * The LibreOffice pool against the real `soffice`: a lock file left by a killed export must not
 * make the next export of that file fail (as it did in CI for a 1,000-page document whose PDF
 * export was killed and retried on its first pages).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibreOfficePool, outputPath } from './libreoffice-batch.js';

describe('LibreOfficePool', () => {
  let work = '';
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('converts a file whose output still carries a stale LibreOffice lock', { timeout: 180_000 }, async () => {
    work = mkdtempSync(path.join(tmpdir(), 'ostal-lo-pool-'));
    const input = path.join(work, 'note.txt');
    writeFileSync(input, 'Compte rendu de la réunion\n');
    const outDir = path.join(work, 'out');
    const pool = new LibreOfficePool({ workDir: work, lanes: 1 });
    const lock = path.join(outDir, '.~lock.note.odt#');
    // What a killed LibreOffice leaves behind while saving note.odt.
    await pool.convert([], 'odt', 'odt', outDir);
    writeFileSync(lock, ',someone,somehost,29.11.2026 01:49,file:///tmp/profile;');

    const outcomes = await pool.convert([input], 'odt', 'odt', outDir);

    expect(outcomes.get(input)).toEqual({ ok: true, output: outputPath(input, outDir, 'odt'), fallback: false });
    expect(readFileSync(outputPath(input, outDir, 'odt')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(existsSync(lock)).toBe(false);
  });
});
