import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OstalDocument, TextDocument } from '@ostal/model';
import { read } from '../index.js';

// The corpus beside the checkout (/work/main), or the shared one from a worktree.
const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(`${CORPUS}/${name}`));

async function readWithPreview(bytes: Uint8Array): Promise<{ previews: OstalDocument[]; whole: OstalDocument }> {
  const previews: OstalDocument[] = [];
  const { document } = await read(bytes, { onFirstBlocks: (p) => previews.push(p) });
  return { previews, whole: document };
}

describe('a long DOCX previewed by its first blocks', () => {
  it('gives once the first blocks of the whole document, with its page and styles, before the rest', async () => {
    const { previews, whole } = await readWithPreview(corpus('large/poi-bug65649.docx'));
    expect(previews).toHaveLength(1);
    const preview = previews[0] as TextDocument;
    const all = (whole as TextDocument).content;
    const first = preview.content.content ?? [];
    // About forty top-level elements of the 693: a few pages.
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan((all.content ?? []).length / 4);
    // The very blocks the whole document starts with, on the same paper.
    expect(first).toEqual((all.content ?? []).slice(0, first.length));
    expect(preview.content.attrs?.section).toEqual(all.attrs?.section);
    // Its style sheet: the whole document's entries those blocks need.
    const wholeSheet = new Set(((all.attrs?.styles ?? []) as unknown[]).map((d) => JSON.stringify(d)));
    const own = (preview.content.attrs?.styles ?? []) as unknown[];
    expect(own.length).toBeGreaterThan(0);
    for (const def of own) expect(wholeSheet.has(JSON.stringify(def))).toBe(true);
  });

  it('is not given for a short document', async () => {
    const { previews } = await readWithPreview(corpus('large/oxpt-DB0016-DocDefaultStyles.docx'));
    expect(previews).toHaveLength(0);
  });
});
