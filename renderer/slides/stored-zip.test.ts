import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, storedZip } from './stored-zip.js';

describe('stored zip of exported slides', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('is read back whole by a zip reader and by unzip, names in UTF-8 and in order', () => {
    const a = new Uint8Array(3000).map((_, i) => i % 251);
    const b = new TextEncoder().encode('deuxième');
    const zip = storedZip([
      ['diapositive-01.png', a],
      ['diapositive-é2.png', b],
    ]);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['diapositive-01.png', 'diapositive-é2.png']);
    expect(back['diapositive-01.png']).toEqual(a);
    expect(back['diapositive-é2.png']).toEqual(b);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ostal-zip-')), 'x.zip');
    writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
