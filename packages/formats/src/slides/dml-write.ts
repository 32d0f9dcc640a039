/**
 * Deck model properties written as DrawingML (ECMA-376 Part 1, 20.1: a:xfrm, fills, a:ln,
 * colours, a:prstGeom; 21.1.2 text). Element order follows the schema's sequences.
 */
import type { KeptPart, OpaqueSource, BodyProperties, Bullet, DeckColor, Fill, LevelStyles, Outline, ParagraphStyle, RunStyle, Spacing, TextBody, TextParagraph, Transform } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** Assigns relationship ids to pictures and links of one part. */
export interface PartRefs {
  /** Relationship id of the picture `media` (a key of deck.media), or undefined when missing. */
  media(name: string): string | undefined;
  /** Relationship id of an external hyperlink. */
  link(target: string): string;
  /**
   * Relationship id reaching a kept part (`ppt/charts/chart1.xml`), its parts added to the
   * package; `generator` is the application that wrote them (named by the package in turn).
   */
  keep?(type: string, path: string, parts: readonly KeptPart[], generator?: OpaqueSource['generator'], external?: boolean): string | undefined;
}

export function xfrmXml(tag: 'a:xfrm' | 'p:xfrm', t: Transform | undefined, childSpace?: Transform): XmlOut | null {
  if (!t) return null;
  return x(
    tag,
    { rot: t.rot || undefined, flipH: t.flipH ? 1 : undefined, flipV: t.flipV ? 1 : undefined },
    x('a:off', { x: t.x, y: t.y }),
    x('a:ext', { cx: Math.max(0, t.cx), cy: Math.max(0, t.cy) }),
    childSpace ? [x('a:chOff', { x: childSpace.x, y: childSpace.y }), x('a:chExt', { cx: Math.max(0, childSpace.cx), cy: Math.max(0, childSpace.cy) })] : null,
  );
}

const SCHEME_NAMES = new Set(['bg1', 'tx1', 'bg2', 'tx2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink', 'phClr', 'dk1', 'lt1', 'dk2', 'lt2']);

export function colorXml(c: DeckColor): XmlOut {
  const mods = [
    c.lumMod !== undefined ? x('a:lumMod', { val: c.lumMod }) : null,
    c.lumOff !== undefined ? x('a:lumOff', { val: c.lumOff }) : null,
    c.alpha !== undefined ? x('a:alpha', { val: c.alpha }) : null,
  ].filter((e): e is XmlOut => e !== null);
  if (c.scheme !== undefined && SCHEME_NAMES.has(c.scheme)) return x('a:schemeClr', { val: c.scheme }, mods);
  return x('a:srgbClr', { val: c.rgb ?? '000000' }, mods);
}

export function fillXml(fill: Fill | undefined, refs: PartRefs): XmlOut | null {
  if (!fill) return null;
  switch (fill.kind) {
    case 'none':
      return x('a:noFill');
    case 'solid':
      return x('a:solidFill', {}, colorXml(fill.color));
    case 'gradient': {
      if (fill.stops.length < 2) return fill.stops[0] ? x('a:solidFill', {}, colorXml(fill.stops[0].color)) : null;
      const stops = x('a:gsLst', {}, fill.stops.map((s) => x('a:gs', { pos: Math.min(100_000, Math.max(0, s.pos)) }, colorXml(s.color))));
      const shade = fill.path ? x('a:path', { path: fill.path }, x('a:fillToRect', { l: 50000, t: 50000, r: 50000, b: 50000 })) : x('a:lin', { ang: fill.angle ?? 0, scaled: 0 });
      return x('a:gradFill', { rotWithShape: 1 }, stops, shade);
    }
    case 'picture': {
      const id = refs.media(fill.media);
      if (!id) return null;
      const t = fill.tile;
      const how = t
        ? x('a:tile', { tx: Math.round(t.tx), ty: Math.round(t.ty), sx: Math.round(t.sx), sy: Math.round(t.sy), flip: t.flip ?? 'none', algn: t.align ?? 'tl' })
        : x('a:stretch', {}, x('a:fillRect'));
      return x('a:blipFill', { rotWithShape: 1 }, x('a:blip', { 'r:embed': id }), cropXml(fill.crop), how);
    }
  }
}

export function cropXml(crop: { left: number; top: number; right: number; bottom: number } | undefined): XmlOut | null {
  return crop ? x('a:srcRect', { l: crop.left || undefined, t: crop.top || undefined, r: crop.right || undefined, b: crop.bottom || undefined }) : null;
}

export function outlineXml(line: Outline | undefined, refs: PartRefs, tag = 'a:ln'): XmlOut | null {
  if (!line) return null;
  const fill = line.fill?.kind === 'picture' ? null : fillXml(line.fill, refs);
  return x(
    tag,
    { w: line.width },
    fill,
    line.dash ? x('a:prstDash', { val: line.dash }) : null,
    line.head ? x('a:headEnd', { type: line.head }) : null,
    line.tail ? x('a:tailEnd', { type: line.tail }) : null,
  );
}

export function geometryXml(geometry: string, adjust: Readonly<Record<string, number>> | undefined): XmlOut {
  const prst = geometry === 'custom' || geometry === '' ? 'rect' : geometry;
  return x('a:prstGeom', { prst }, x('a:avLst', {}, Object.entries(adjust ?? {}).map(([name, v]) => x('a:gd', { name, fmla: `val ${String(v)}` }))));
}

const ALIGN = { left: 'l', center: 'ctr', right: 'r', justify: 'just' } as const;

function spacingXml(tag: string, s: Spacing | undefined): XmlOut | null {
  if (!s) return null;
  return x(tag, {}, 'pct' in s ? x('a:spcPct', { val: s.pct }) : x('a:spcPts', { val: s.pts }));
}

function bulletXml(b: Bullet | undefined, refs?: PartRefs): XmlOut[] {
  if (!b) return [];
  if (b.kind === 'none') return [x('a:buNone')];
  // a:pPr sequence: buClr, buSzPct, buFont, then the bullet itself.
  const size = b.sizePct !== undefined ? x('a:buSzPct', { val: Math.min(400_000, Math.max(25_000, Math.round(b.sizePct))) }) : null;
  if (b.kind === 'number') return [size, x('a:buAutoNum', { type: b.scheme, startAt: b.startAt })].filter((e): e is XmlOut => e !== null);
  // A picture bullet where the part can hold the picture, else its character.
  const blip = b.picture ? refs?.media(b.picture) : undefined;
  const mark = blip ? x('a:buBlip', {}, x('a:blip', { 'r:embed': blip })) : x('a:buChar', { char: b.char });
  return [b.color ? x('a:buClr', {}, colorXml(b.color)) : null, size, b.font && !blip ? x('a:buFont', { typeface: b.font }) : null, mark].filter((e): e is XmlOut => e !== null);
}

/** a:rPr, a:defRPr or a:endParaRPr for a run style. */
export function runPropsXml(tag: string, style: RunStyle | undefined, refs: PartRefs | undefined, lang?: string): XmlOut | null {
  if (!style && !lang) return null;
  const s = style ?? {};
  const link = s.link !== undefined && refs && /^[a-z][a-z0-9+.-]*:/i.test(s.link) ? refs.link(s.link) : undefined;
  return x(
    tag,
    {
      lang,
      sz: s.size !== undefined ? Math.min(400_000, Math.max(100, s.size)) : undefined,
      b: s.bold === undefined ? undefined : s.bold ? 1 : 0,
      i: s.italic === undefined ? undefined : s.italic ? 1 : 0,
      u: s.underline === undefined ? undefined : s.underline ? 'sng' : 'none',
      strike: s.strike === undefined ? undefined : s.strike ? 'sngStrike' : 'noStrike',
    },
    s.color ? x('a:solidFill', {}, colorXml(s.color)) : null,
    s.font ? x('a:latin', { typeface: s.font }) : null,
    link ? x('a:hlinkClick', { 'r:id': link }) : null,
  );
}

export function paragraphPropsXml(tag: string, style: ParagraphStyle | undefined, inner: XmlOut | null = null, refs?: PartRefs): XmlOut | null {
  if (!style && !inner) return null;
  const s = style ?? {};
  return x(
    tag,
    { marL: s.marginLeft, lvl: tag === 'a:pPr' && s.level ? s.level : undefined, indent: s.indent, algn: s.align ? ALIGN[s.align] : undefined },
    spacingXml('a:lnSpc', s.lineSpacing),
    spacingXml('a:spcBef', s.spaceBefore),
    spacingXml('a:spcAft', s.spaceAfter),
    bulletXml(s.bullet, refs),
    inner,
  );
}

/** Ids of written fields (ST_Guid), unique within a save. */
let fieldCount = 0;

function paragraphXml(p: TextParagraph, refs: PartRefs, lang: string | undefined): XmlOut {
  const parts: XmlOut[] = [];
  for (const run of p.runs) {
    if (run.field) {
      fieldCount += 1;
      const id = `{${fieldCount.toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`;
      parts.push(x('a:fld', { id, type: run.field }, runPropsXml('a:rPr', run.style, refs, lang), x('a:t', {}, run.text.replace(/\n/g, ' '))));
      continue;
    }
    run.text.split('\n').forEach((line, i) => {
      const rPr = runPropsXml('a:rPr', run.style, refs, lang);
      if (i > 0) parts.push(x('a:br', {}, rPr));
      if (line !== '') parts.push(x('a:r', {}, rPr, x('a:t', {}, line)));
    });
  }
  return x('a:p', {}, paragraphPropsXml('a:pPr', p.style, null, refs), parts, runPropsXml('a:endParaRPr', p.endStyle, undefined, lang));
}

const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

export function bodyPropsXml(props: BodyProperties | undefined): XmlOut {
  const p = props ?? {};
  const autofit = p.autofit === 'none' ? x('a:noAutofit') : p.autofit === 'shrink' ? x('a:normAutofit', { fontScale: p.fontScale, lnSpcReduction: p.lineSpaceReduction }) : p.autofit === 'resize' ? x('a:spAutoFit') : null;
  return x(
    'a:bodyPr',
    {
      vert: p.vertical,
      wrap: p.wrap === undefined ? undefined : p.wrap ? 'square' : 'none',
      lIns: p.insets?.left,
      tIns: p.insets?.top,
      rIns: p.insets?.right,
      bIns: p.insets?.bottom,
      anchor: p.anchor ? ANCHOR[p.anchor] : undefined,
    },
    autofit,
  );
}

/** The children of a text body: a:bodyPr, a:lstStyle, then at least one a:p. */
export function textBodyXml(body: TextBody | undefined, refs: PartRefs, lang?: string): XmlOut[] {
  const paragraphs = body && body.paragraphs.length > 0 ? body.paragraphs.map((p) => paragraphXml(p, refs, lang)) : [x('a:p', {}, lang ? x('a:endParaRPr', { lang }) : null)];
  return [bodyPropsXml(body?.props), x('a:lstStyle', {}, levelStylesXml(body?.listStyle, refs)), ...paragraphs];
}

/** A list style's level elements (a:lvl1pPr...) for level styles, with `fallback` for missing levels. */
export function levelStylesXml(levels: LevelStyles | undefined, refs?: PartRefs): XmlOut[] {
  return (levels ?? []).slice(0, 9).map((l, i) => paragraphPropsXml(`a:lvl${String(i + 1)}pPr`, l.paragraph ?? {}, runPropsXml('a:defRPr', l.run, undefined), refs) ?? x(`a:lvl${String(i + 1)}pPr`));
}
