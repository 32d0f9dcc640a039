/**
 * Groups turned and flipped (PPTX a:xfrm rot/flipH/flipV of p:grpSpPr) written to ODP, where
 * `draw:g` has no transform and its members stand in page coordinates: each member must land
 * where PowerPoint draws it. Expected places are computed here point by point — a corner of the
 * member's own geometry in the child space, stretched onto the group's box, mirrored and turned
 * about the group's centre — and compared with the corners the written ODF shape puts there
 * (its box, draw:transform, draw:mirror-* or style:mirror), then with what LibreOffice makes of
 * our file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mapChildFrame } from '@ostal/model';
import type { Deck, DeckShape, GroupShape, Slide, Transform } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { pngBytes } from '../../../../test/support/png.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElement, findElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfLengthToEmu } from './odf-lengths.js';
import { read, write } from '../index.js';

interface Point {
  readonly x: number;
  readonly y: number;
}

/** A group's own frame on the slide and its child space, as p:grpSpPr states them. */
interface GroupFrame {
  readonly frame: Transform;
  readonly space: Transform;
}

const DEG = 60_000;
const SIZE = { cx: 12_192_000, cy: 6_858_000 };

/** A point of the child space on the slide: stretched onto the group's box, mirrored, then turned clockwise about the box's centre. */
function throughGroup(p: Point, g: GroupFrame): Point {
  const { frame, space } = g;
  const sx = frame.x + ((p.x - space.x) * frame.cx) / space.cx;
  const sy = frame.y + ((p.y - space.y) * frame.cy) / space.cy;
  const c = { x: frame.x + frame.cx / 2, y: frame.y + frame.cy / 2 };
  const dx = (frame.flipH ? -1 : 1) * (sx - c.x);
  const dy = (frame.flipV ? -1 : 1) * (sy - c.y);
  const a = ((frame.rot ?? 0) / DEG) * (Math.PI / 180);
  return { x: c.x + dx * Math.cos(a) - dy * Math.sin(a), y: c.y + dx * Math.sin(a) + dy * Math.cos(a) };
}

/**
 * Where three corners of a shape's own geometry (its top-left, top-right and bottom-left before any
 * flip or turn) stand, for a box `t` placed in its parent's space: flipped within the box, then
 * turned about its centre. Three corners fix position, size, turn and mirroring.
 */
function geometryCorners(t: Transform): Point[] {
  const c = { x: t.x + t.cx / 2, y: t.y + t.cy / 2 };
  const a = ((t.rot ?? 0) / DEG) * (Math.PI / 180);
  return [
    [0, 0],
    [1, 0],
    [0, 1],
  ].map(([u, v]) => {
    const dx = (t.flipH ? 1 - u! : u!) * t.cx - t.cx / 2;
    const dy = (t.flipV ? 1 - v! : v!) * t.cy - t.cy / 2;
    return { x: c.x + dx * Math.cos(a) - dy * Math.sin(a), y: c.y + dx * Math.sin(a) + dy * Math.cos(a) };
  });
}

/** The geometry corners of a member (its own box in the innermost group's child space) carried through its groups, innermost first. */
function expectedCorners(own: Transform, groups: readonly GroupFrame[]): Point[] {
  return geometryCorners(own).map((p) => groups.reduce((q, g) => throughGroup(q, g), p));
}

/** The points of `actual` farther than `tolerance` from those of `expected`, named (empty when all are near). */
function misplaced(name: string, actual: readonly Point[] | undefined, expected: readonly Point[], tolerance: number): string[] {
  if (!actual) return [`${name}: missing`];
  return expected.flatMap((e, i) => {
    const p = actual[i];
    if (p && Math.hypot(p.x - e.x, p.y - e.y) <= tolerance) return [];
    return [`${name} corner ${String(i)}: at ${p ? `${String(Math.round(p.x))},${String(Math.round(p.y))}` : '-'}, expected ${String(Math.round(e.x))},${String(Math.round(e.y))}`];
  });
}

const ARROW: Transform = { x: 100_000, y: 100_000, cx: 800_000, cy: 400_000, rot: 20 * DEG };
const PICTURE: Transform = { x: 1_000_000, y: 500_000, cx: 600_000, cy: 400_000 };
const LINE: Transform = { x: 200_000, y: 700_000, cx: 1_500_000, cy: 200_000 };
// Tall enough at half size (nested) for its 8 pt line, so LibreOffice does not grow it.
const NOTE: Transform = { x: 1_200_000, y: 100_000, cx: 600_000, cy: 500_000 };
const SPACE: Transform = { x: 0, y: 0, cx: 2_000_000, cy: 1_000_000 };

/** A group at twice its child space's size holding an arrow with text (turned 20° of its own), a picture, a line and a text box. */
function group(id: number, frame: Transform): GroupShape {
  const members: DeckShape[] = [
    { kind: 'shape', id: id + 1, name: `arrow-${String(id)}`, geometry: 'rightArrow', xfrm: ARROW, fill: { kind: 'solid', color: { rgb: '4472C4' } }, text: { paragraphs: [{ runs: [{ text: 'Suite' }] }] } },
    { kind: 'picture', id: id + 2, name: `picture-${String(id)}`, media: 'photo.png', xfrm: PICTURE },
    { kind: 'shape', id: id + 3, name: `line-${String(id)}`, geometry: 'line', xfrm: LINE, line: { width: 12_700, fill: { kind: 'solid', color: { rgb: 'C00000' } } } },
    { kind: 'shape', id: id + 4, name: `note-${String(id)}`, geometry: 'rect', textBox: true, xfrm: NOTE, text: { paragraphs: [{ runs: [{ text: 'Note', style: { size: 800 } }] }] } },
  ];
  return { kind: 'group', id, name: `group-${String(id)}`, xfrm: frame, childSpace: SPACE, children: members };
}

const FRAME: Transform = { x: 2_000_000, y: 1_500_000, cx: 4_000_000, cy: 2_000_000 };
const CASES: readonly (readonly [string, Transform])[] = [
  ['turned 30°', { ...FRAME, rot: 30 * DEG }],
  ['turned 90°', { ...FRAME, rot: 90 * DEG }],
  ['flipped horizontally', { ...FRAME, flipH: true }],
  ['flipped vertically', { ...FRAME, flipV: true }],
  ['flipped both ways', { ...FRAME, flipH: true, flipV: true }],
  ['flipped horizontally and turned 30°', { ...FRAME, rot: 30 * DEG, flipH: true }],
];

/** An outer group turned 90° holding a group flipped horizontally (at half its child space's size) holding the three members. */
const INNER_FRAME: Transform = { x: 1_000_000, y: 0, cx: 1_000_000, cy: 500_000, flipH: true };
const INNER_SPACE: Transform = { x: 0, y: 0, cx: 2_000_000, cy: 1_000_000 };
const OUTER_FRAME: Transform = { x: 6_500_000, y: 3_000_000, cx: 4_000_000, cy: 2_000_000, rot: 90 * DEG };
function nested(id: number): GroupShape {
  const inner: GroupShape = { ...group(id + 10, INNER_FRAME), childSpace: INNER_SPACE };
  return { kind: 'group', id, name: `group-${String(id)}`, xfrm: OUTER_FRAME, childSpace: SPACE, children: [inner] };
}

/** A shape of the slide itself, flipped and turned: mirrored once, its turn is written reversed for LibreOffice. */
const TOP_FRAME: Transform = { x: 500_000, y: 4_500_000, cx: 1_600_000, cy: 800_000, rot: 20 * DEG, flipH: true };
const TOP: DeckShape = { kind: 'shape', id: 990, name: 'arrow-top', geometry: 'rightArrow', xfrm: TOP_FRAME, fill: { kind: 'solid', color: { rgb: '70AD47' } }, text: { paragraphs: [{ runs: [{ text: 'Haut' }] }] } };

function slide(n: number, shapes: DeckShape[]): Slide {
  return { id: `s${String(n)}`, title: '', body: [], notes: '', shapes };
}

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: SIZE,
  media: { 'photo.png': { type: 'image/png', data: pngBytes(30, 20) } },
  slides: [...CASES.map(([, frame], i) => slide(i + 1, [group(100 * (i + 1), frame)])), slide(CASES.length + 1, [nested(900), TOP])],
};

/** Each member's groups (innermost first) by member name. */
function memberGroups(): Map<string, GroupFrame[]> {
  const out = new Map<string, GroupFrame[]>();
  const walk = (shapes: readonly DeckShape[], outer: GroupFrame[]): void => {
    for (const s of shapes) {
      if (s.kind === 'group') walk(s.children, [{ frame: s.xfrm!, space: s.childSpace! }, ...outer]);
      else out.set(s.name!, outer);
    }
  };
  for (const s of deck.slides) walk(s.shapes ?? [], []);
  return out;
}

function ownFrame(name: string): Transform {
  if (name === 'arrow-top') return TOP_FRAME;
  if (name.startsWith('note')) return NOTE;
  return name.startsWith('arrow') ? ARROW : name.startsWith('picture') ? PICTURE : LINE;
}

function contentOf(odp: Uint8Array): XmlElement {
  return parseXml(strFromU8(unzipSync(odp)['content.xml']!), { part: 'content.xml', maxDepth: 256 });
}

function len(el: XmlElement, ns: string, name: string): number {
  return odfLengthToEmu(attr(el, ns, name)) ?? Number.NaN;
}

/** The box of an ODF shape: svg:x/y/width/height, or draw:transform `rotate (a) translate (x y)` (turned counter-clockwise by a about its origin). */
function odfBox(el: XmlElement): Transform {
  const cx = len(el, NS.svg, 'width');
  const cy = len(el, NS.svg, 'height');
  const m = /rotate \((\S+)\) translate \((\S+) (\S+)\)/.exec(attr(el, NS.draw, 'transform') ?? '');
  if (!m) return { x: len(el, NS.svg, 'x'), y: len(el, NS.svg, 'y'), cx, cy };
  const a = -Number(m[1]);
  const tx = odfLengthToEmu(m[2])!;
  const ty = odfLengthToEmu(m[3])!;
  // The top-left corner turned clockwise by a about the centre lands at the translation.
  const centre = { x: tx + (cx / 2) * Math.cos(a) - (cy / 2) * Math.sin(a), y: ty + (cx / 2) * Math.sin(a) + (cy / 2) * Math.cos(a) };
  return { x: centre.x - cx / 2, y: centre.y - cy / 2, cx, cy, rot: (a * 180 * DEG) / Math.PI };
}

/**
 * Geometry corners of a custom shape as LibreOffice draws draw:mirror-* with draw:transform: turned
 * first, then mirrored across its centre along the page's axes (LibreOffice writes a PPTX shape
 * flipped horizontally and turned 20° as mirror-horizontal with rotate(+20°), an unflipped one with
 * rotate(−20°); the last test checks it through LibreOffice).
 */
function mirroredAfterTurn(box: Transform, flipH: boolean, flipV: boolean): Point[] {
  const c = { x: box.x + box.cx / 2, y: box.y + box.cy / 2 };
  return geometryCorners(box).map((p) => ({ x: flipH ? 2 * c.x - p.x : p.x, y: flipV ? 2 * c.y - p.y : p.y }));
}

/** Geometry corners of every named ODF shape of a page, with its box flipped as its mirror attributes say. */
function writtenCorners(content: XmlElement): Map<string, Point[]> {
  const styles = new Map(findElements(content, NS.style, 'style').map((s) => [attr(s, NS.style, 'name'), s]));
  const out = new Map<string, Point[]>();
  for (const el of [...findElements(content, NS.draw, 'custom-shape'), ...findElements(content, NS.draw, 'frame')]) {
    const name = attr(el, NS.draw, 'name');
    if (!name) continue;
    const box = odfBox(el);
    const geo = childElement(el, NS.draw, 'enhanced-geometry');
    const style = styles.get(attr(el, NS.draw, 'style-name'));
    const mirror = (style ? attr(childElement(style, NS.style, 'graphic-properties')!, NS.style, 'mirror') : undefined) ?? '';
    const flipH = geo ? attr(geo, NS.draw, 'mirror-horizontal') === 'true' : /horizontal/.test(mirror);
    const flipV = geo ? attr(geo, NS.draw, 'mirror-vertical') === 'true' : /vertical/.test(mirror);
    out.set(name, geo ? mirroredAfterTurn(box, flipH, flipV) : geometryCorners({ ...box, flipH, flipV }));
  }
  for (const el of findElements(content, NS.draw, 'line')) {
    const name = attr(el, NS.draw, 'name');
    // A line's ends are its geometry's top-left and bottom-right corners.
    if (name) out.set(name, [{ x: len(el, NS.svg, 'x1'), y: len(el, NS.svg, 'y1') }, { x: len(el, NS.svg, 'x2'), y: len(el, NS.svg, 'y2') }]);
  }
  return out;
}

/** The ends of a line member carried through its groups. */
function expectedLineEnds(groups: readonly GroupFrame[]): Point[] {
  return [
    { x: LINE.x, y: LINE.y },
    { x: LINE.x + LINE.cx, y: LINE.y + LINE.cy },
  ].map((p) => groups.reduce((q, g) => throughGroup(q, g), p));
}

/** Where each member should stand: its geometry corners (a line's ends) carried through its groups. */
function expected(name: string, outer: readonly GroupFrame[]): Point[] {
  return name.startsWith('line') ? expectedLineEnds(outer) : expectedCorners(ownFrame(name), outer);
}

/** Misplaced members of `seen` (corners by name; lines as geometry corners when `lineCorners`). */
function misplacedMembers(seen: ReadonlyMap<string, Point[]>, tolerance: number, lineCorners: boolean): string[] {
  return [...memberGroups()].flatMap(([name, outer]) => {
    const actual = seen.get(name);
    if (name.startsWith('note')) return misplacedBox(name, actual, expected(name, outer), tolerance);
    return misplaced(name, actual && lineCorners && name.startsWith('line') ? lineEndsOf(actual) : actual, expected(name, outer), tolerance);
  });
}

/**
 * A text box has no outline to mirror: ODF frames have no mirror, so its flips are folded into its
 * turn and only the box it covers must match (its four corners in any order).
 */
function misplacedBox(name: string, actual: readonly Point[] | undefined, expected: readonly Point[], tolerance: number): string[] {
  if (!actual) return [`${name}: missing`];
  const four = (c: readonly Point[]): Point[] => [...c, lineEndsOf(c)[1]!];
  const corners = four(actual);
  return four(expected).flatMap((e, i) => (corners.some((p) => Math.hypot(p.x - e.x, p.y - e.y) <= tolerance) ? [] : [`${name} corner ${String(i)}: expected ${String(Math.round(e.x))},${String(Math.round(e.y))}`]));
}

describe('turned and flipped groups in ODP', { timeout: 180_000 }, () => {
  it('places every member of a turned, flipped or nested group where the group puts it, in ODP and flat ODP (valid ODF 1.3)', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    expect(memberGroups().size).toBe(CASES.length * 4 + 5);
    // Lengths are written to the EMU: a few EMU of rounding.
    expect(misplacedMembers(writtenCorners(contentOf(odp)), 4, false)).toEqual([]);
    // The flat file is written by the same shapes.
    const fodp = await write(deck, 'fodp');
    expect(odfSchemaErrors(fodp, true)).toEqual([]);
    expect(misplacedMembers(writtenCorners(parseXml(strFromU8(fodp), { part: 'deck.fodp', maxDepth: 256 })), 4, false)).toEqual([]);
  });

  it('writes flips as ODF says them, the text left unmirrored', async () => {
    const content = contentOf(await write(deck, 'odp'));
    const shape = (name: string) => findElements(content, NS.draw, 'custom-shape').find((e) => attr(e, NS.draw, 'name') === name)!;
    const geo = (name: string) => childElement(shape(name), NS.draw, 'enhanced-geometry')!;
    // Flipped horizontally: the arrow mirrored, its own turn (20°, reversed by the mirror to −20°)
    // written turned back again for LibreOffice, which mirrors after turning; its text plain paragraphs.
    expect(attr(geo('arrow-300'), NS.draw, 'mirror-horizontal')).toBe('true');
    expect(attr(geo('arrow-300'), NS.draw, 'mirror-vertical')).toBeUndefined();
    expect(odfBox(shape('arrow-300')).rot).toBeCloseTo(20 * DEG, 0);
    expect(findElements(shape('arrow-300'), NS.text, 'p').map((p) => p.children.filter((c) => typeof c === 'string').join(''))).toEqual(['Suite']);
    // Both ways: a half turn of the group keeps the member's own turn.
    expect(attr(geo('arrow-500'), NS.draw, 'mirror-horizontal')).toBe('true');
    expect(attr(geo('arrow-500'), NS.draw, 'mirror-vertical')).toBe('true');
    expect(odfBox(shape('arrow-500')).rot).toBeCloseTo(20 * DEG, 0);
    // A group turned 90° only: no mirror, the turns added.
    expect(attr(geo('arrow-200'), NS.draw, 'mirror-horizontal')).toBeUndefined();
    expect(odfBox(shape('arrow-200')).rot).toBeCloseTo(110 * DEG, 0);
    // Pictures: a horizontal mirror only (what LibreOffice shows), a vertical flip as a half turn of it.
    const styles = new Map(findElements(content, NS.style, 'style').map((st) => [attr(st, NS.style, 'name'), st]));
    const mirrorOf = (name: string) => {
      const frame = findElements(content, NS.draw, 'frame').find((e) => attr(e, NS.draw, 'name') === name)!;
      return [attr(childElement(styles.get(attr(frame, NS.draw, 'style-name'))!, NS.style, 'graphic-properties')!, NS.style, 'mirror'), Math.round((odfBox(frame).rot ?? 0) / DEG)];
    };
    expect(mirrorOf('picture-300')).toEqual(['horizontal', 0]);
    expect(mirrorOf('picture-400')).toEqual(['horizontal', 180]);
    expect(mirrorOf('picture-500')).toEqual([undefined, 180]);
    // A text box flipped vertically with its group shows its text upside down, as PowerPoint does.
    const note = (n: string) => Math.round((odfBox(findElements(content, NS.draw, 'frame').find((e) => attr(e, NS.draw, 'name') === n)!).rot ?? 0) / DEG);
    expect([note('note-300'), note('note-400'), note('note-500')]).toEqual([0, 180, 180]);
  });

  it('reads back members where they were written, and PPTX -> ODP -> PPTX keeps them there', async () => {
    const fromPptx = (await read(await write(deck, 'pptx'))).document as Deck;
    const back = (await read(await write(fromPptx, 'odp'))).document as Deck;
    const again = (await read(await write(back, 'pptx'))).document as Deck;
    // Read back as integer EMU per shape: a few EMU.
    expect(misplacedMembers(placedCorners(back), 4, true)).toEqual([]);
    expect(misplacedMembers(placedCorners(again), 4, true)).toEqual([]);
  });

  it('is drawn by LibreOffice where PowerPoint draws it: our ODP saved by LibreOffice as PPTX', async () => {
    const converted = libreofficeConvertBytes(await write(deck, 'odp'), 'groups.odp', 'pptx');
    // LibreOffice keeps positions in 1/100 mm (360 EMU).
    expect(misplacedMembers(placedCorners((await read(new Uint8Array(converted))).document as Deck), 1500, true)).toEqual([]);
  });
});

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d));
const COMMON_PROPS = CORPUS ? `${CORPUS}/pptx/pypptx-shp-common-props.pptx` : undefined;

describe('a turned group of a real deck (python-pptx shp-common-props, slide 2)', { timeout: 180_000 }, () => {
  it.skipIf(!COMMON_PROPS || !existsSync(COMMON_PROPS))('places its four ovals around the group turned 40°, in our ODP and as LibreOffice reads it', async () => {
    const source = (await read(new Uint8Array(readFileSync(COMMON_PROPS!)))).document as Deck;
    const g = (source.slides[1]?.shapes ?? []).find((sh): sh is GroupShape => sh.kind === 'group')!;
    expect(g.xfrm?.rot).toBe(40 * DEG);
    const outer: GroupFrame[] = [{ frame: g.xfrm!, space: g.childSpace! }];
    const ovals = g.children.filter((c) => c.kind === 'shape' && c.geometry === 'ellipse');
    expect(ovals.map((o) => o.name)).toEqual(['Oval 4', 'Oval 5', 'Oval 6', 'Oval 7']);
    const misplacedOvals = (seen: ReadonlyMap<string, Point[]>, tolerance: number): string[] =>
      ovals.flatMap((o) => misplaced(o.name!, seen.get(o.name!), expectedCorners(o.xfrm!, outer), tolerance));
    // Oval 4, top-left of the unturned 2 x 2 grid: its centre 228600 EMU left of and above the
    // group's (5911552, 4578896), turned 40° clockwise about it: 228600 × (sin 40° − cos 40°) across,
    // −228600 × (sin 40° + cos 40°) down.
    const c4 = throughGroup({ x: 5_029_200 + 228_600, y: 4_343_400 + 228_600 }, outer[0]!);
    expect([Math.round(c4.x), Math.round(c4.y)]).toEqual([5_911_552 - 28_177, 4_578_896 - 322_059]);
    const odp = await write(source, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    expect(misplacedOvals(writtenCorners(contentOf(odp)), 4)).toEqual([]);
    const converted = (await read(new Uint8Array(libreofficeConvertBytes(odp, 'common-props.odp', 'pptx')))).document as Deck;
    expect(misplacedOvals(placedCorners(converted), 1500)).toEqual([]);
  });
});

/** Geometry corners of every named non-group shape of a deck, placed on the slide through its groups with `mapChildFrame`. */
function placedCorners(d: Deck): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  const walk = (shapes: readonly DeckShape[], frame: (t: Transform | undefined) => Transform | undefined): void => {
    for (const s of shapes) {
      const t = frame(s.xfrm);
      if (s.kind === 'group') walk(s.children, (c) => mapChildFrame(c, t, s.childSpace ?? t));
      else if (t && s.name) out.set(s.name, geometryCorners(t));
    }
  };
  for (const s of d.slides) walk(s.shapes ?? [], (t) => t);
  return out;
}

/** A line's ends from its geometry corners: the top-left one and the bottom-right (top-right plus bottom-left less top-left). */
function lineEndsOf(corners: readonly Point[]): Point[] {
  const [a, b, c] = corners as [Point, Point, Point];
  return [a, { x: b.x + c.x - a.x, y: b.y + c.y - a.y }];
}
