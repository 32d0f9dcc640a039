/** The shared third-party corpus (../shared/corpus): its manifest and files, for fidelity tests and benchmarks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The corpus folder: `OSTAL_CORPUS` when set (a git worktree sits elsewhere), else ../shared/corpus beside the repository. */
export const CORPUS = process.env.OSTAL_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus');

export interface CorpusFile {
  /** Path relative to the corpus, e.g. `docx/poi-delins.docx`. */
  readonly file: string;
  readonly type: string;
  readonly bytes: number;
  readonly libreofficeOpens: string;
  readonly notes: string;
}

/** Rows of MANIFEST.tsv. */
export function corpusFiles(): CorpusFile[] {
  const lines = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  return lines.map((line) => {
    const c = line.split('\t');
    return { file: c[0]!, type: c[1]!, bytes: Number(c[6]), libreofficeOpens: c[8] ?? '', notes: c[9] ?? '' };
  });
}

export function loadCorpusFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS, file)));
}
