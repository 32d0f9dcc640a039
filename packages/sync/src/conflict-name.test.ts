import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { conflictName, fileNameOf, siblingUrl } from './conflict-name.js';

describe('conflictName', () => {
  const when = new Date(2026, 10, 29, 1, 47, 5);
  it('names the copy in French or English with the local date and time', () => {
    expect(conflictName('budget 2027.ods', when, 'fr')).toBe('budget 2027 (conflit 2026-11-29 014705).ods');
    expect(conflictName('report.final.docx', when, 'en')).toBe('report.final (conflict 2026-11-29 014705).docx');
    expect(conflictName('.profile', when, 'en')).toBe('.profile (conflict 2026-11-29 014705)');
    expect(conflictName('LISEZMOI', when, 'fr')).toBe('LISEZMOI (conflit 2026-11-29 014705)');
  });

  it('places the copy beside the original, encoded', () => {
    const url = siblingUrl('https://h/webdav/drives/a%20b/budget.ods', 'budget (conflit 2026-11-29 014705).ods');
    expect(url).toBe('https://h/webdav/drives/a%20b/budget%20(conflit%202026-11-29%20014705).ods');
    expect(fileNameOf(url)).toBe('budget (conflit 2026-11-29 014705).ods');
  });
});

describe('backoffDelay', () => {
  const fixed = { baseMs: 2000, maxMs: 300_000, random: () => 0.5 };
  it('doubles from 2 s up to 5 min, and honours a longer Retry-After', () => {
    expect([1, 2, 3, 4, 10, 50].map((n) => backoffDelay(n, undefined, fixed))).toEqual([2000, 4000, 8000, 16000, 300_000, 300_000]);
    expect(backoffDelay(1, 30_000, fixed)).toBe(30_000);
    expect(backoffDelay(1, 10 * 3600_000, fixed)).toBe(3600_000);
  });
});
