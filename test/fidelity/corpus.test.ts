/**
 * Every reader against the whole shared corpus: real documents must open as sound documents;
 * hostile ones must be refused with the specific reason below, or opened — never a crash, a
 * hang or unbounded memory.
 */
import { FormatError, read } from '@ostal/formats';
import { describe, expect, it } from 'vitest';
import { corpusFiles, loadCorpusFile } from './corpus.js';
import { documentProblems } from './document-check.js';

/** Hostile files and what Ostal must do with each: refuse with this reason, or `open` (with diagnostics). */
const HOSTILE: Readonly<Record<string, string>> = {
  'hostile/calamine-issue_594_dos.ods': 'limit-exceeded',
  'hostile/loonline-corrupted.odt': 'limit-exceeded',
  'hostile/odftk-empty_file.ods': 'unknown-format',
  'hostile/odftk-evilDoc.odt': 'open',
  'hostile/odftk-testInvalidPkg1.odt': 'open',
  'hostile/odftk-two-zips.odt': 'open',
  'hostile/oxsdk-00c6a24e-a99f-42c1-a26b-a086b273f3f4.xlsx': 'open',
  'hostile/oxsdk-malformed_uri.xlsx': 'open',
  'hostile/poi-ExternalEntityInText.docx': 'forbidden-dtd',
  'hostile/poi-clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx': 'corrupt-container',
  'hostile/poi-clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx': 'open', // one part fails its checksum: opened with an error diagnostic
  'hostile/poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-4959857092198400.docx': 'corrupt-container',
  'hostile/poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx': 'open',
  'hostile/poi-invalid.xlsx': 'unknown-format',
  'hostile/poi-poc-xmlbomb.xlsx': 'forbidden-dtd',
  'hostile/poi-truncated62886.docx': 'corrupt-container',
  'hostile/poi-xlsx-corrupted.xlsx': 'malformed-xml',
  'hostile/pypptx-missing_rels_item.pptx': 'open',
  'hostile/tika-testODTnotaZipFile.odt': 'unknown-format',
};

/** Normal corpus files that are genuinely unreadable, with the reason Ostal gives. Keep this short. */
const KNOWN_BROKEN: Readonly<Record<string, string>> = {};

async function outcome(file: string): Promise<{ result: string; problems: string[] }> {
  try {
    const { document, format } = await read(loadCorpusFile(file));
    return { result: 'open', problems: documentProblems(document, format) };
  } catch (err) {
    if (err instanceof FormatError) return { result: err.reason, problems: [] };
    throw err;
  }
}

const all = corpusFiles();

describe('hostile corpus', () => {
  const hostile = all.filter((f) => f.file.startsWith('hostile/'));
  it('lists every hostile file of the manifest', () => {
    expect(hostile.map((f) => f.file).sort()).toEqual(Object.keys(HOSTILE).sort());
  });
  for (const f of hostile) {
    it(`${f.file} → ${HOSTILE[f.file] ?? '?'}`, async () => {
      const { result, problems } = await outcome(f.file);
      expect(result).toBe(HOSTILE[f.file]);
      expect(problems).toEqual([]);
    });
  }
});

describe('real documents', () => {
  for (const f of all.filter((x) => !x.file.startsWith('hostile/'))) {
    it(`${f.file} opens as a sound document`, async () => {
      const { result, problems } = await outcome(f.file);
      expect(result).toBe(KNOWN_BROKEN[f.file] ?? 'open');
      expect(problems).toEqual([]);
    });
  }
});
