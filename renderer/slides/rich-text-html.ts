/**
 * A shape's text as HTML, one `<p>` a paragraph, and back. The same HTML draws the text on the
 * canvas, in thumbnails and in the in-place editor (a contentEditable), so what is edited looks
 * exactly like what is shown. Inherited formatting (master level styles) is set on the `<p>`,
 * the runs' own properties on their `<span>`s: reading back walks from a text node up to its
 * paragraph, so only what the user or the file set explicitly becomes run properties.
 * Paragraph properties travel in `data-pstyle` (JSON), a run's other properties in `data-run`.
 */
import { resolveColor } from '@ostal/model';
import type { Deck, DeckColor, GeometryShape, ParagraphStyle, RunStyle, Slide, TextBody, TextParagraph, TextRun } from '@ostal/model';
import { bulletMarkers, defaultMargin, emuToCqw, inheritedStyle } from './slide-text-style.js';

export interface TextContext {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly shape: Pick<GeometryShape, 'placeholder'>;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** A typeface name safe inside a CSS string. */
function cssFontName(name: string): string {
  return name.replace(/["\\;{}<>()]/g, '');
}

function hexColor(c: DeckColor | undefined, deck: Deck): string | undefined {
  const rgb = resolveColor(c, deck.theme?.colors ?? { dk1: '000000', lt1: 'FFFFFF', tx1: '000000', bg1: 'FFFFFF' });
  return rgb && /^[0-9A-Fa-f]{6}$/.test(rgb) ? `#${rgb}` : undefined;
}

function fontOf(font: string | undefined, deck: Deck): string | undefined {
  if (!font) return undefined;
  if (font === '+mj-lt') return deck.theme?.majorFont;
  if (font === '+mn-lt') return deck.theme?.minorFont;
  return font.startsWith('+') ? undefined : font;
}

/** Font size as a share of the slide width (points to container units). */
export function sizeCss(size: number, deck: Deck): string {
  return `${String((size / 100 / (deck.size.cx / 12_700)) * 100)}cqw`;
}

/** CSS declarations of a run style (only what it sets). */
export function runCss(style: RunStyle | undefined, deck: Deck, scale = 1): string {
  if (!style) return '';
  const out: string[] = [];
  if (style.size !== undefined) out.push(`font-size:${sizeCss(style.size * scale, deck)}`);
  if (style.bold !== undefined) out.push(`font-weight:${style.bold ? '700' : '400'}`);
  if (style.italic !== undefined) out.push(`font-style:${style.italic ? 'italic' : 'normal'}`);
  if (style.underline !== undefined || style.strike !== undefined) {
    const lines = [style.underline ? 'underline' : '', style.strike ? 'line-through' : ''].filter(Boolean);
    out.push(`text-decoration-line:${lines.length > 0 ? lines.join(' ') : 'none'}`);
  }
  const color = hexColor(style.color, deck);
  if (color) out.push(`color:${color}`);
  const font = fontOf(style.font, deck);
  if (font) out.push(`font-family:"${cssFontName(font)}", var(--ui-font)`);
  return out.join(';');
}

function spacingCss(s: ParagraphStyle['spaceBefore'], deck: Deck): string | undefined {
  if (!s) return undefined;
  return 'pts' in s ? sizeCss(s.pts, deck) : `${String(s.pct / 100_000)}em`;
}

/** The `<p>` attributes of a paragraph: its explicit style as data, its look (inherited + own) as CSS. */
export function paragraphAttributes(p: Pick<TextParagraph, 'style'>, marker: string, ctx: TextContext, scale = 1, lineScale = 1): string {
  const level = p.style?.level ?? 0;
  const inherited = inheritedStyle(ctx.deck, ctx.slide, ctx.shape, level);
  const style: ParagraphStyle = { ...inherited.paragraph, ...(p.style ?? {}) };
  const css: string[] = [runCss(inherited.run, ctx.deck, scale)];
  css.push(`text-align:${style.align ?? 'left'}`);
  const margin = style.marginLeft ?? defaultMargin(level, marker !== '');
  css.push(`margin-left:${emuToCqw(margin, ctx.deck)}`);
  if (style.indent !== undefined && marker === '') css.push(`text-indent:${emuToCqw(style.indent, ctx.deck)}`);
  const before = spacingCss(style.spaceBefore, ctx.deck);
  if (before) css.push(`margin-top:${before}`);
  const after = spacingCss(style.spaceAfter, ctx.deck);
  if (after) css.push(`margin-bottom:${after}`);
  if (style.lineSpacing && 'pct' in style.lineSpacing) css.push(`line-height:${String((style.lineSpacing.pct / 100_000) * 1.2 * lineScale)}`);
  else if (lineScale < 1) css.push(`line-height:${String(1.2 * lineScale)}`);
  const attrs = [`style="${escapeAttr(css.filter(Boolean).join(';'))}"`, `data-level="${String(level)}"`];
  if (p.style) attrs.push(`data-pstyle="${escapeAttr(JSON.stringify(p.style))}"`);
  if (marker) attrs.push(`data-marker="${escapeAttr(marker)}"`);
  return attrs.join(' ');
}

function runHtml(run: TextRun, ctx: TextContext, scale: number): string {
  const { deck } = ctx;
  const n = run.field === 'slidenum' ? deck.slides.indexOf(ctx.slide) : -1;
  // A slide number shows the slide's place in the deck, whatever the file last stored.
  const shown = n >= 0 ? String(n + 1) : run.text;
  const text = shown === '' ? '' : escapeText(shown).replace(/\n/g, '<br>');
  const attrs: string[] = [];
  const css = runCss(run.style, deck, scale);
  if (css) attrs.push(`style="${escapeAttr(css)}"`);
  if (run.style?.size !== undefined) attrs.push(`data-size="${String(run.style.size)}"`);
  const rest: RunStyle = { ...(run.style ?? {}) };
  for (const k of ['size', 'bold', 'italic', 'underline', 'strike', 'color', 'font'] as const) delete (rest as Record<string, unknown>)[k];
  if (run.style?.font?.startsWith('+')) (rest as { font?: string }).font = run.style.font;
  if (run.style?.color?.scheme) (rest as { color?: DeckColor }).color = run.style.color;
  if (Object.keys(rest).length > 0) attrs.push(`data-run="${escapeAttr(JSON.stringify(rest))}"`);
  if (run.field) attrs.push(`data-field="${escapeAttr(run.field)}"`);
  return `<span${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}>${text}</span>`;
}

/** The paragraphs of a text body as HTML. An empty paragraph holds a `<br>` so it keeps its height. */
export function textBodyHtml(body: TextBody | undefined, ctx: TextContext): string {
  const paragraphs = body?.paragraphs.length ? body.paragraphs : [{ runs: [] }];
  const shrink = body?.props?.autofit === 'shrink';
  const scale = (shrink ? (body.props?.fontScale ?? 100_000) : 100_000) / 100_000;
  // Shrink on overflow also tightens the lines (a:normAutofit lnSpcReduction).
  const lineScale = 1 - (shrink ? (body.props?.lineSpaceReduction ?? 0) : 0) / 100_000;
  const markers = bulletMarkers(paragraphs, (level) => inheritedStyle(ctx.deck, ctx.slide, ctx.shape, level).paragraph);
  return paragraphs
    .map((p, i) => {
      const runs = p.runs.filter((r) => r.text !== '');
      const inner = runs.length === 0 ? `<br>` : runs.map((r) => runHtml(r, ctx, scale)).join('');
      const end = p.endStyle ? ` data-endstyle="${escapeAttr(JSON.stringify(p.endStyle))}"` : '';
      return `<p ${paragraphAttributes(p, markers[i] ?? '', ctx, scale, lineScale)}${end}>${inner}</p>`;
    })
    .join('');
}

function parseJson<T>(s: string | null | undefined): T | undefined {
  if (!s) return undefined;
  try {
    return JSON.parse(s) as T;
  } catch {
    return undefined;
  }
}

function rgbHex(css: string): string | undefined {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (m) return [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('').toUpperCase();
  const h = /^#([0-9a-f]{6})$/i.exec(css);
  return h ? h[1]!.toUpperCase() : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/** The run style of a text node: the nearest element setting each property wins, up to the paragraph. */
function styleOf(node: Node, paragraph: Element): RunStyle {
  const out: Mutable<RunStyle> = {};
  const set = <K extends keyof RunStyle>(k: K, v: RunStyle[K] | undefined) => {
    if (v !== undefined && !(k in out)) out[k] = v;
  };
  for (let el = node.parentElement; el && el !== paragraph; el = el.parentElement) {
    const tag = el.tagName;
    const st = (el).style;
    if (tag === 'B' || tag === 'STRONG') set('bold', true);
    if (tag === 'I' || tag === 'EM') set('italic', true);
    if (tag === 'U') set('underline', true);
    if (tag === 'S' || tag === 'STRIKE') set('strike', true);
    if (st.fontWeight) set('bold', st.fontWeight === 'bold' || Number(st.fontWeight) >= 600);
    if (st.fontStyle) set('italic', st.fontStyle === 'italic');
    const deco = st.textDecorationLine || st.textDecoration;
    if (deco) {
      set('underline', deco.includes('underline'));
      set('strike', deco.includes('line-through'));
    }
    const size = el.getAttribute('data-size');
    if (size && /^\d+$/.test(size)) set('size', Number(size));
    const run = parseJson<RunStyle>(el.getAttribute('data-run'));
    if (st.color) {
      const hex = rgbHex(st.color);
      // A scheme colour drawn as its value stays the scheme colour.
      if (hex) set('color', run?.color?.scheme ? run.color : { rgb: hex });
    }
    if (st.fontFamily && !run?.font?.startsWith('+')) {
      const first = st.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      if (first) set('font', first);
    }
    if (run) for (const [k, v] of Object.entries(run)) set(k as keyof RunStyle, v as never);
  }
  return out;
}

function sameStyle(a: RunStyle | undefined, b: RunStyle | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

function paragraphRuns(p: Element): TextRun[] {
  const runs: TextRun[] = [];
  const push = (text: string, style: RunStyle, field?: TextRun['field']) => {
    const last = runs[runs.length - 1];
    if (last && !field && !last.field && sameStyle(last.style, style)) {
      runs[runs.length - 1] = { ...last, text: last.text + text };
      return;
    }
    const keys = Object.keys(style).length > 0;
    runs.push({ text, ...(keys ? { style } : {}), ...(field ? { field } : {}) });
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\u00a0/g, ' ');
        if (text !== '') push(text, styleOf(child, p));
      } else if (child instanceof Element) {
        const field = child.getAttribute('data-field');
        if (field === 'slidenum' || field?.startsWith('datetime')) {
          push(child.textContent ?? '', styleOf(child.firstChild ?? child, p), field as TextRun['field']);
        } else if (child.tagName === 'BR') {
          // A trailing <br> only keeps an empty line open in the editor.
          if (child.nextSibling !== null) push('\n', styleOf(child, p));
        } else walk(child);
      }
    }
  };
  walk(p);
  return runs;
}

/** The text body the editor's DOM holds; body properties are kept from `previous`. */
export function textBodyFromDom(root: Element, previous?: TextBody): TextBody {
  const blocks = Array.from(root.children).filter((c) => c.tagName === 'P' || c.tagName === 'DIV');
  const paragraphs: TextParagraph[] = (blocks.length > 0 ? blocks : [root]).map((p) => {
    const style = parseJson<ParagraphStyle>(p.getAttribute('data-pstyle'));
    const endStyle = parseJson<RunStyle>(p.getAttribute('data-endstyle'));
    return { runs: paragraphRuns(p), ...(style && Object.keys(style).length > 0 ? { style } : {}), ...(endStyle ? { endStyle } : {}) };
  });
  return previous?.props ? { paragraphs, props: previous.props } : { paragraphs };
}
