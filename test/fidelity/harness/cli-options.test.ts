import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../corpus.js';
import { isFullRun, parseCliOptions, selectFiles } from './cli-options.js';
import { textScorer } from './text-scorer.js';

describe('parseCliOptions', () => {
  it('defaults to the full text corpus', () => {
    const o = parseCliOptions([]);
    expect(o).toEqual({ kind: 'text', keep: false, noPages: false, gate: false, dirs: [] });
    expect(isFullRun(o)).toBe(true);
  });

  it('reads every option and the folders', () => {
    const o = parseCliOptions(['--kind', 'text', '--limit', '3', '--only', 'mammoth', '--lanes', '1', '--pages', '2', '--keep', 'a', 'b']);
    expect(o).toEqual({ kind: 'text', limit: 3, only: 'mammoth', lanes: 1, pages: 2, keep: true, noPages: false, gate: false, dirs: ['a', 'b'] });
    expect(isFullRun(o)).toBe(false);
  });

  it("reads CI's quick gating run, which leaves docs/fidelity.md alone", () => {
    const o = parseCliOptions(['--kind', 'deck', '--no-pages', '--gate']);
    expect(o).toEqual({ kind: 'deck', keep: false, noPages: true, gate: true, dirs: [] });
    expect(isFullRun(o)).toBe(false);
    expect(() => parseCliOptions(['--no-pages', '--pages', '2'])).toThrow(/cannot go together/);
  });

  it('refuses unknown options and bad numbers', () => {
    expect(() => parseCliOptions(['--fast'])).toThrow(/Unknown option --fast/);
    expect(() => parseCliOptions(['--limit', 'many'])).toThrow(RangeError);
    expect(() => parseCliOptions(['--only'])).toThrow(/needs a value/);
  });
});

describe('selectFiles', () => {
  it('takes the files the scorer reads from the default folders, filtered and limited', () => {
    const all = selectFiles(parseCliOptions([]), textScorer, CORPUS);
    expect(all.length).toBeGreaterThan(100);
    expect(all.every((f) => /\.(docx|odt)$/.test(f))).toBe(true);
    const some = selectFiles(parseCliOptions(['--only', 'mammoth', '--limit', '2']), textScorer, CORPUS);
    expect(some.map((f) => path.basename(f))).toEqual(['mammoth-endnotes.docx', 'mammoth-footnote-hyperlink.docx']);
  });

  it('accepts single files and skips formats of other kinds', () => {
    const files = [path.join(CORPUS, 'odt/odfdo-base_text.odt'), path.join(CORPUS, 'xlsx')];
    expect(selectFiles(parseCliOptions(files), textScorer, CORPUS)).toEqual([files[0]]);
  });
});
