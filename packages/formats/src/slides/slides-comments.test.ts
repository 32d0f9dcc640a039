/**
 * Slide comments: read from PowerPoint (classic comments with PowerPoint 2013 threads, modern
 * comments) and LibreOffice (officeooo:annotation), written to PPTX as classic comments (read by
 * PowerPoint and LibreOffice), or as PowerPoint 365's modern comments when one is resolved (replies
 * and resolved state kept), and reported as a loss when saved to ODF 1.3,
 * which has no slide comments.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deck, SlideComment } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { conversionLosses, read, write } from '../index.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/pptx');
const corpus = (name: string): Uint8Array | undefined => (existsSync(path.join(CORPUS, name)) ? readFileSync(path.join(CORPUS, name)) : undefined);

async function readDeck(bytes: Uint8Array): Promise<Deck> {
  return (await read(bytes)).document as Deck;
}

const comments: SlideComment[] = [
  {
    author: 'Marie Dupont',
    initials: 'MD',
    date: '2026-03-02T10:15:30.125',
    text: 'Ajouter le budget 2026 ?',
    x: 1_587_500,
    y: 793_750,
    replies: [
      { author: 'Jean Martin', initials: 'JM', date: '2026-03-02T11:00:00', text: 'Fait, voir la diapositive 4.' },
      { author: 'Marie Dupont', initials: 'MD', date: '2026-03-02T11:05:00', text: 'Merci' },
    ],
  },
  { author: 'Jean Martin', initials: 'JM', date: '2026-03-03T08:00:00', text: 'Logo à jour\nsur deux lignes', x: 15_875, y: 15_875, resolved: true },
];

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    { id: 's1', title: 'Budget', body: ['Points clés'], notes: '', comments },
    { id: 's2', title: 'Sans commentaire', body: [], notes: '' },
  ],
};

/** The officeooo:annotation elements LibreOffice gives for each slide of a flat export. */
function annotations(flat: string): { creator: string; date: string; text: string }[][] {
  const body = flat.slice(flat.indexOf('<office:body'));
  return [...body.matchAll(/<draw:page\b[\s\S]*?<\/draw:page>/g)].map((page) =>
    [...page[0].matchAll(/<officeooo:annotation\b[\s\S]*?<\/officeooo:annotation>/g)].map((a) => ({
      creator: /<dc:creator>([^<]*)<\/dc:creator>/.exec(a[0])?.[1] ?? '',
      date: /<dc:date>([^<]*)<\/dc:date>/.exec(a[0])?.[1] ?? '',
      text: [...a[0].matchAll(/<text:p\b[^>]*>([^<]*)<\/text:p>/g)].map((p) => p[1]).join('\n'),
    })),
  );
}

describe('slide comments', { timeout: 240_000 }, () => {
  it('read from a PowerPoint 2007 deck: author, initials, date, position and text', async () => {
    const bytes = corpus('poi-45545_Comment.pptx');
    if (!bytes) return;
    const d = await readDeck(bytes);
    const all = d.slides.flatMap((s) => s.comments ?? []);
    expect(all.map((c) => c.text)).toEqual(['testdoc', 'test phrase']);
    expect(all[0]).toMatchObject({ author: 'XPVMWARE01', initials: 'X', date: '2007-10-23T09:14:49.723', x: Math.round(3472 * 1587.5), y: Math.round(1558 * 1587.5) });
  });

  it('keep PowerPoint 2013 replies under the comment they answer', async () => {
    const bytes = corpus('tika-testPPT_various2.pptx');
    if (!bytes) return;
    const first = (await readDeck(bytes)).slides[0]?.comments ?? [];
    expect(first.map((c) => [c.text, (c.replies ?? []).map((r) => r.text)])).toEqual([
      ['This is a comment', ['This is a reply to the initial comment', 'This is a reply to the reply']],
      ['This is another comment', []],
    ]);
  });

  it('survive a PPTX round trip exactly (twice), replies and resolved state included', async () => {
    const once = await readDeck(await write(deck, 'pptx'));
    // Read back, each entry carries the GUIDs it was written with, which the next save keeps.
    const withoutGuids = (list: readonly SlideComment[] | undefined): unknown =>
      list?.map(({ id: _i, authorId: _a, replies, ...c }) => ({ ...c, ...(replies ? { replies: replies.map(({ id: _ri, authorId: _ra, ...r }) => r) } : {}) }));
    expect(withoutGuids(once.slides[0]?.comments)).toEqual(comments);
    expect(once.slides[0]?.comments?.every((c) => c.id !== undefined && c.authorId !== undefined)).toBe(true);
    expect(once.slides[1]?.comments).toBeUndefined();
    expect((await readDeck(await write(once, 'pptx'))).slides[0]?.comments).toEqual(once.slides[0]?.comments);
  });

  it('without a resolved one, are written as classic comments that LibreOffice sees, replies included', async () => {
    const open = { ...deck, slides: deck.slides.map((sl) => (sl.comments ? { ...sl, comments: sl.comments.map(({ resolved: _r, ...c }) => c) } : sl)) };
    const bytes = await write(open, 'pptx');
    const names = Object.keys(unzipSync(bytes));
    expect(names.filter((n) => n.includes('omment') || n.endsWith('authors.xml')).sort()).toEqual(['ppt/commentAuthors.xml', 'ppt/comments/comment1.xml']);
    expect((await readDeck(bytes)).slides[0]?.comments).toEqual(open.slides[0]?.comments);
    const seen = annotations(libreofficeConvert(bytes, 'comments.pptx', 'fodp'));
    expect(seen[0]).toEqual([
      { creator: 'Marie Dupont', date: '2026-03-02T10:15:30.125000000', text: 'Ajouter le budget 2026 ?' },
      { creator: 'Jean Martin', date: '2026-03-02T11:00:00', text: 'Fait, voir la diapositive 4.' },
      { creator: 'Marie Dupont', date: '2026-03-02T11:05:00', text: 'Merci' },
      { creator: 'Jean Martin', date: '2026-03-03T08:00:00', text: 'Logo à jour\nsur deux lignes' },
    ]);
    expect(seen[1]).toEqual([]);
  });

  it('with a resolved one, are written as PowerPoint 365 modern comments, without classic ones beside them', async () => {
    const files = unzipSync(await write(deck, 'pptx'));
    const names = Object.keys(files);
    expect(names.filter((n) => n.includes('comment') || n.endsWith('authors.xml')).sort()).toEqual(['ppt/authors.xml', 'ppt/comments/modernComment_100.xml']);
    const part = strFromU8(files['ppt/comments/modernComment_100.xml']!);
    const cms = [...part.matchAll(/<p188:cm (id="\{[0-9A-F-]{36}\}") authorId="(\{[0-9A-F-]{36}\})" created="([^"]+)"( status="resolved")?>/g)];
    expect(cms.map((m) => [m[3], m[4] !== undefined])).toEqual([
      ['2026-03-02T10:15:30.125', false],
      ['2026-03-03T08:00:00', true],
    ]);
    // The anchor names the slide by its p:sldId and by the p14:creationId written on the slide.
    const creationId = /<p:ext uri="\{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E\}"><p14:creationId [^>]*val="(\d+)"\/><\/p:ext>/.exec(strFromU8(files['ppt/slides/slide1.xml']!))?.[1];
    expect(Number(creationId)).toBeGreaterThan(0);
    expect(part).toContain(`<pc:sldMk cId="${creationId ?? ''}" sldId="256"/>`);
    expect(part).toContain('<p188:pos x="1587500" y="793750"/>');
    expect([...part.matchAll(/<p188:reply /g)]).toHaveLength(2);
    const authors = strFromU8(files['ppt/authors.xml']!);
    for (const m of cms) expect(authors).toContain(`<p188:author id="${m[2] ?? ''}"`);
    expect(authors).toContain('name="Jean Martin" initials="JM"');
    const slide = strFromU8(files['ppt/slides/slide1.xml']!);
    expect(slide).toMatch(/<p:ext uri="\{6950BFC3-D8DA-4A85-94F7-54DA5524770B\}"><p188:commentRel [^>]*r:id="rIdCm"\/><\/p:ext><p:ext uri="\{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E\}"><p14:creationId [^>]*\/><\/p:ext><\/p:extLst><\/p:sld>$/);
    expect(strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!)).toContain('Type="http://schemas.microsoft.com/office/2018/10/relationships/comments" Target="../comments/modernComment_100.xml"');
    expect(strFromU8(files['ppt/_rels/presentation.xml.rels']!)).toContain('Type="http://schemas.microsoft.com/office/2018/10/relationships/authors" Target="authors.xml"');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('PartName="/ppt/authors.xml" ContentType="application/vnd.ms-powerpoint.authors+xml"');
    // The same deck saves to the same bytes: the GUIDs come from the comments, not from chance.
    expect(strFromU8(unzipSync(await write(deck, 'pptx'))['ppt/comments/modernComment_100.xml']!)).toBe(part);
  });

  it('name the slide by the creation id read from the file, and date an undated comment with a fixed value, never the time of saving', async () => {
    const undated: Deck = { ...deck, slides: [{ ...deck.slides[0]!, comments: [{ author: 'Léa Roux', text: 'Sans date', x: 0, y: 0, resolved: true, replies: [{ author: 'Léa Roux', text: 'Sans date non plus' }] }] }, deck.slides[1]!] };
    const files = unzipSync(await write(undated, 'pptx'));
    const part0 = strFromU8(files['ppt/comments/modernComment_100.xml']!);
    expect([...part0.matchAll(/<p188:(?:cm|reply) [^>]*created="([^"]+)"/g)].map((m) => m[1])).toEqual(['1970-01-01T00:00:00Z', '1970-01-01T00:00:00Z']);
    // The deck's own creation date dates it when there is one; saving later writes the same part.
    const dated = { ...undated, meta: { created: '2025-01-02T03:04:05Z' } };
    const first = strFromU8(unzipSync(await write(dated, 'pptx'))['ppt/comments/modernComment_100.xml']!);
    expect(first).toMatch(/<p188:cm [^>]*created="2025-01-02T03:04:05Z"/);
    await new Promise((r) => setTimeout(r, 1100));
    expect(strFromU8(unzipSync(await write(dated, 'pptx'))['ppt/comments/modernComment_100.xml']!)).toBe(first);
    const created = '1970-01-01T00:00:00Z';
    // A creation id PowerPoint gave the slide is read and written back, and named by the comments' anchor.
    files['ppt/slides/slide1.xml'] = strToU8(strFromU8(files['ppt/slides/slide1.xml']!).replace(/(<p14:creationId [^>]*val=")\d+"/, '$13141592653"'));
    const read1 = await readDeck(zipSync(files));
    expect(read1.slides.map((sl) => sl.creationId)).toEqual([3_141_592_653, expect.any(Number)]);
    expect(read1.slides[0]?.comments?.[0]?.date).toBe(created);
    const again = unzipSync(await write(read1, 'pptx'));
    expect(strFromU8(again['ppt/slides/slide1.xml']!)).toContain('val="3141592653"');
    expect(strFromU8(again['ppt/slides/slide2.xml']!)).toContain(`val="${String(read1.slides[1]?.creationId)}"`);
    const part = strFromU8(again['ppt/comments/modernComment_100.xml']!);
    expect(part).toContain('<pc:sldMk cId="3141592653" sldId="256"/>');
    // Saved again, the comment keeps the date it was given, and the slides their creation ids.
    const back = await readDeck(zipSync(again));
    expect(back.slides[0]?.comments).toEqual(read1.slides[0]?.comments);
    expect(back.slides.map((sl) => sl.creationId)).toEqual(read1.slides.map((sl) => sl.creationId));
  });

  it('leave LibreOffice 7.4 opening the PPTX with every slide (it does not read modern comments)', async () => {
    const flat = libreofficeConvert(await write(deck, 'pptx'), 'comments.pptx', 'fodp');
    const pages = [...flat.matchAll(/<draw:page\b[\s\S]*?<\/draw:page>/g)].map((p) => p[0]);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Budget');
    expect(pages[0]).toContain('Points clés');
    expect(pages[1]).toContain('Sans commentaire');
  });

  it('keep the GUIDs PowerPoint gave comments, replies and authors, and write the same parts at every save', async () => {
    const ids = { c: '{0E9F1C2A-1B2C-4D3E-8F40-5A6B7C8D9E0F}', r: '{1A2B3C4D-5E6F-4A1B-9C2D-3E4F5A6B7C8D}', a: '{2B3C4D5E-6F70-4B2C-8D3E-4F5A6B7C8D9E}' };
    const withIds: Deck = {
      ...deck,
      slides: [{ ...deck.slides[0]!, comments: [{ ...comments[1]!, id: ids.c, authorId: ids.a, replies: [{ author: 'Marie Dupont', initials: 'MD', date: '2026-03-03T09:00:00', text: 'Vu', id: ids.r }] }] }, deck.slides[1]!],
    };
    const files = unzipSync(await write(withIds, 'pptx'));
    const part = strFromU8(files['ppt/comments/modernComment_100.xml']!);
    expect(part).toContain(`<p188:cm id="${ids.c}" authorId="${ids.a}"`);
    expect(part).toContain(`<p188:reply id="${ids.r}"`);
    expect(strFromU8(files['ppt/authors.xml']!)).toContain(`<p188:author id="${ids.a}" name="Jean Martin"`);
    const back = await readDeck(await write(withIds, 'pptx'));
    expect(back.slides[0]?.comments?.[0]).toMatchObject({ id: ids.c, authorId: ids.a, replies: [{ id: ids.r }] });
    // Read back and saved again: the same comment and authors parts, byte for byte.
    const again = unzipSync(await write(back, 'pptx'));
    expect(strFromU8(again['ppt/comments/modernComment_100.xml']!)).toBe(part);
    expect(strFromU8(again['ppt/authors.xml']!)).toBe(strFromU8(files['ppt/authors.xml']!));
  });

  it('give comments without a GUID ones that do not depend on the session’s slide ids, and no two alike', async () => {
    const twin: SlideComment = { author: 'Jean Martin', initials: 'JM', date: '2026-03-03T08:00:00', text: 'Pareil', x: 0, y: 0, resolved: true };
    const a: Deck = { ...deck, slides: [{ id: 'x1', title: '', body: [], notes: '', comments: [twin, twin] }, { id: 'x2', title: '', body: [], notes: '', comments: [twin] }] };
    const b: Deck = { ...a, slides: a.slides.map((sl, i) => ({ ...sl, id: `autre-${String(i)}` })) };
    const guidsOf = async (d: Deck): Promise<string[]> => {
      const files = unzipSync(await write(d, 'pptx'));
      const parts = ['ppt/comments/modernComment_100.xml', 'ppt/comments/modernComment_101.xml'].map((n) => strFromU8(files[n]!));
      return parts.flatMap((p) => [...p.matchAll(/<p188:cm id="([^"]+)" authorId="([^"]+)"/g)].flatMap((m) => [m[1] ?? '', m[2] ?? '']));
    };
    const fromA = await guidsOf(a);
    expect(await guidsOf(b)).toEqual(fromA);
    const commentGuids = fromA.filter((_, i) => i % 2 === 0);
    expect(commentGuids).toHaveLength(3);
    expect(new Set(commentGuids).size).toBe(3);
    // Another deck with the same comments at the same places (made at another time) gets other
    // comment GUIDs, so that slides copied from one deck into the other keep distinct comments; the
    // author keeps the same GUID in both.
    const other = await guidsOf({ ...a, meta: { created: '2026-04-01T09:00:00Z', title: 'Autre réunion' } });
    expect(other.filter((_, i) => i % 2 === 0).some((g) => commentGuids.includes(g))).toBe(false);
    expect(other.filter((_, i) => i % 2 === 1)).toEqual(fromA.filter((_, i) => i % 2 === 1));
  });

  it('read from LibreOffice annotations and carried to PPTX with author, date and text', async () => {
    const bytes = corpus('tika-testPPT_various2.pptx');
    if (!bytes) return;
    const fodp = libreofficeConvert(bytes, 'various.pptx', 'fodp');
    expect(annotations(fodp)[0]?.map((a) => a.text)).toEqual(['This is a comment', 'This is a reply to the initial comment', 'This is a reply to the reply', 'This is another comment']);
    const fromOdf = await readDeck(strToU8(fodp));
    const got = fromOdf.slides[0]?.comments ?? [];
    expect(got.map((c) => c.text)).toEqual(['This is a comment', 'This is a reply to the initial comment', 'This is a reply to the reply', 'This is another comment']);
    expect(got.every((c) => c.author !== '' && /^\d{4}-\d\d-\d\dT/.test(c.date ?? ''))).toBe(true);
    const back = await readDeck(await write(fromOdf, 'pptx'));
    expect(back.slides[0]?.comments?.map((c) => [c.author, c.date, c.text])).toEqual(got.map((c) => [c.author, c.date?.replace(/(\.\d{3})\d+$/, '$1'), c.text]));
  });

  it('read from PowerPoint modern comments with their replies and resolved state', async () => {
    const files = unzipSync(await write({ ...deck, slides: [{ ...deck.slides[1]!, id: 's1' }] }, 'pptx'));
    const p188 = 'http://schemas.microsoft.com/office/powerpoint/2018/8/main';
    const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    files['ppt/authors.xml'] = strToU8(
      `<p188:authorLst xmlns:p188="${p188}"><p188:author id="{A1}" name="Chloé Bernard" initials="CB" userId="cb" providerId="None"/><p188:author id="{A2}" name="Luc Petit" initials="LP" userId="lp" providerId="None"/></p188:authorLst>`,
    );
    files['ppt/comments/modernComment_100.xml'] = strToU8(
      `<p188:cmLst xmlns:p188="${p188}" xmlns:a="${a}"><p188:cm id="{C1}" authorId="{A1}" created="2024-05-06T07:08:09.100" status="resolved"><p188:replyLst><p188:reply id="{R1}" authorId="{A2}" created="2024-05-06T08:00:00.000"><p188:txBody><a:bodyPr/><a:p><a:r><a:t>D’accord</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst><p188:txBody><a:bodyPr/><a:p><a:r><a:t>Revoir </a:t></a:r><a:r><a:t>ce titre</a:t></a:r></a:p><a:p><a:r><a:t>et la date</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>`,
    );
    const addRel = (relsPart: string, type: string, target: string): void => {
      files[relsPart] = strToU8(strFromU8(files[relsPart]!).replace('</Relationships>', `<Relationship Id="rIdM" Type="${type}" Target="${target}"/></Relationships>`));
    };
    addRel('ppt/_rels/presentation.xml.rels', 'http://schemas.microsoft.com/office/2018/10/relationships/authors', 'authors.xml');
    addRel('ppt/slides/_rels/slide1.xml.rels', 'http://schemas.microsoft.com/office/2018/10/relationships/comments', '../comments/modernComment_100.xml');
    const got = (await readDeck(zipSync(files))).slides[0]?.comments;
    expect(got).toEqual([
      {
        author: 'Chloé Bernard',
        initials: 'CB',
        date: '2024-05-06T07:08:09.100',
        text: 'Revoir ce titre\net la date',
        x: 0,
        y: 0,
        replies: [{ author: 'Luc Petit', initials: 'LP', date: '2024-05-06T08:00:00.000', text: 'D’accord' }],
        resolved: true,
      },
    ]);
  });

  it('are reported as a loss, not written, when saved to ODF 1.3 (which stays valid)', async () => {
    expect(conversionLosses(deck, 'odp').map((d) => d.code)).toEqual(['comments-dropped']);
    expect(conversionLosses(deck, 'fodp').map((d) => d.code)).toEqual(['comments-dropped']);
    expect(conversionLosses(deck, 'pptx')).toEqual([]);
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    expect((await readDeck(odp)).slides[0]?.comments).toBeUndefined();
  });

  it('survive hostile comment parts: unknown authors, missing positions, bad dates', async () => {
    const files = unzipSync(await write(deck, 'pptx'));
    const p188 = 'http://schemas.microsoft.com/office/powerpoint/2018/8/main';
    const authorId = /<p188:author id="([^"]+)" name="Marie Dupont"/.exec(strFromU8(files['ppt/authors.xml']!))?.[1] ?? '';
    files['ppt/comments/modernComment_100.xml'] = strToU8(
      `<p188:cmLst xmlns:p188="${p188}"><p188:cm id="{X}" authorId="{nobody}"><p188:txBody><p xmlns="http://schemas.openxmlformats.org/drawingml/2006/main"><r><t>Sans auteur</t></r></p></p188:txBody></p188:cm><p188:cm authorId="${authorId}" created="hier"><p188:pos x="-5" y="abc"/></p188:cm></p188:cmLst>`,
    );
    const got = (await readDeck(zipSync(files))).slides[0]?.comments;
    expect(got).toEqual([
      { author: '', text: 'Sans auteur', x: 0, y: 0 },
      { author: 'Marie Dupont', initials: 'MD', authorId, date: 'hier', text: '', x: 0, y: 0 },
    ]);
    // A date PowerPoint would refuse is not written back (none is resolved now: classic comments).
    const again = strFromU8(unzipSync(await write(await readDeck(zipSync(files)), 'pptx'))['ppt/comments/comment1.xml']!);
    expect(again).not.toContain('hier');
    expect(again).toContain('Sans auteur');
  });
});
