/**
 * Character and paragraph formatting of slide text, two ways: on the in-place editor's DOM
 * (the selection, through the browser's editing commands and the `<p>` data), and on a whole
 * text body (when shapes are selected on the canvas and no text is being edited).
 */
import type { Bullet, DeckTextAlign, ParagraphStyle, RunStyle, TextBody, TextParagraph } from '@ostal/model';
import { paragraphAttributes, sizeCss, textBodyFromDom } from './rich-text-html.js';
import type { TextContext } from './rich-text-html.js';
import { bulletMarkers, inheritedStyle } from './slide-text-style.js';

/** A character change: a toggle, or a value (font name, size in hundredths of a point, RRGGBB colour). */
export type CharFormat =
  | { readonly kind: 'bold' | 'italic' | 'underline'; readonly on: boolean }
  | { readonly kind: 'font'; readonly font: string }
  | { readonly kind: 'size'; readonly size: number }
  | { readonly kind: 'color'; readonly rgb: string };

export type ParagraphFormat =
  | { readonly kind: 'align'; readonly align: DeckTextAlign }
  | { readonly kind: 'bullets'; readonly bullet: Bullet }
  | { readonly kind: 'level'; readonly delta: 1 | -1 };

function patchRun(style: RunStyle | undefined, f: CharFormat): RunStyle {
  const s = { ...(style ?? {}) };
  switch (f.kind) {
    case 'bold':
    case 'italic':
    case 'underline':
      return { ...s, [f.kind]: f.on };
    case 'font':
      return { ...s, font: f.font };
    case 'size':
      return { ...s, size: f.size };
    case 'color':
      return { ...s, color: { rgb: f.rgb.toUpperCase() } };
  }
}

/** A paragraph's bullet as shown (its own, else the inherited one for its level). */
export type EffectiveBullet = (style: ParagraphStyle | undefined) => Bullet | undefined;

function patchParagraph(style: ParagraphStyle | undefined, f: ParagraphFormat, effective?: EffectiveBullet): ParagraphStyle {
  const s = { ...(style ?? {}) };
  if (f.kind === 'align') return { ...s, align: f.align };
  if (f.kind === 'bullets') {
    // The bullets and numbering buttons toggle: a second press takes the marker off.
    const shown = s.bullet ?? effective?.(style);
    return { ...s, bullet: shown?.kind === f.bullet.kind ? { kind: 'none' } : f.bullet };
  }
  const level = Math.min(8, Math.max(0, (s.level ?? 0) + f.delta));
  const { marginLeft: _m, indent: _i, ...rest } = s;
  return { ...rest, level };
}

/** Every run (and paragraph mark) of a body with the character change. */
export function formatWholeBody(body: TextBody | undefined, f: CharFormat): TextBody {
  const paragraphs: TextParagraph[] = (body?.paragraphs ?? [{ runs: [] }]).map((p) => ({
    ...p,
    runs: p.runs.map((r) => ({ ...r, style: patchRun(r.style, f) })),
    endStyle: patchRun(p.endStyle, f),
  }));
  return { ...(body ?? {}), paragraphs };
}

/** Every paragraph of a body with the paragraph change. */
export function formatWholeParagraphs(body: TextBody | undefined, f: ParagraphFormat, effective?: EffectiveBullet): TextBody {
  const paragraphs = (body?.paragraphs ?? [{ runs: [] }]).map((p) => ({ ...p, style: patchParagraph(p.style, f, effective) }));
  return { ...(body ?? {}), paragraphs };
}

/** Whether every run of the body has the toggle on (for the pressed state of B / I / U). */
export function wholeBodyHas(body: TextBody | undefined, kind: 'bold' | 'italic' | 'underline'): boolean {
  const runs = body?.paragraphs.flatMap((p) => p.runs).filter((r) => r.text !== '') ?? [];
  return runs.length > 0 && runs.every((r) => r.style?.[kind] === true);
}

// ---- The in-place editor's DOM ----

function paragraphsInSelection(root: HTMLElement): HTMLElement[] {
  const all = Array.from(root.children).filter((c): c is HTMLElement => c.tagName === 'P' || c.tagName === 'DIV');
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return all.slice(0, 1);
  const range = sel.getRangeAt(0);
  const hit = all.filter((p) => range.intersectsNode(p));
  return hit.length > 0 ? hit : all.slice(0, 1);
}

/** Redraws the `<p>` look (inherited style for its level, markers, numbering) after paragraph changes. */
export function refreshParagraphs(root: HTMLElement, ctx: TextContext): void {
  const body = textBodyFromDom(root);
  const blocks = Array.from(root.children).filter((c): c is HTMLElement => c.tagName === 'P' || c.tagName === 'DIV');
  const markers = bulletMarkers(body.paragraphs, (level) => inheritedStyle(ctx.deck, ctx.slide, ctx.shape, level).paragraph);
  blocks.forEach((el, i) => {
    const p = body.paragraphs[i];
    if (!p) return;
    const holder = document.createElement('template');
    holder.innerHTML = `<p ${paragraphAttributes(p, markers[i] ?? '', ctx)}></p>`;
    const fresh = holder.content.firstElementChild!;
    el.setAttribute('style', fresh.getAttribute('style') ?? '');
    for (const name of ['data-level', 'data-pstyle', 'data-marker']) {
      const v = fresh.getAttribute(name);
      if (v === null) el.removeAttribute(name);
      else el.setAttribute(name, v);
    }
  });
}

/** A paragraph change on the paragraphs the selection touches. */
export function formatDomParagraphs(root: HTMLElement, f: ParagraphFormat, ctx: TextContext): void {
  for (const p of paragraphsInSelection(root)) {
    let current: ParagraphStyle | undefined;
    try {
      current = JSON.parse(p.getAttribute('data-pstyle') ?? '{}') as ParagraphStyle;
    } catch {
      current = undefined;
    }
    p.setAttribute('data-pstyle', JSON.stringify(patchParagraph(current, f, (st) => inheritedStyle(ctx.deck, ctx.slide, ctx.shape, st?.level ?? 0).paragraph.bullet)));
  }
  refreshParagraphs(root, ctx);
}

/** A character change on the editor's selection, through the browser's editing commands. */
export function formatDomSelection(root: HTMLElement, f: CharFormat, ctx: TextContext): void {
  document.execCommand('styleWithCSS', false, 'true');
  switch (f.kind) {
    case 'bold':
    case 'italic':
    case 'underline':
      document.execCommand(f.kind);
      return;
    case 'font':
      document.execCommand('fontName', false, f.font);
      return;
    case 'color':
      document.execCommand('foreColor', false, `#${f.rgb}`);
      return;
    case 'size': {
      // The browser only knows sizes 1 to 7: mark the selection with 7, then set the real size.
      document.execCommand('fontSize', false, '7');
      const marked = Array.from(root.querySelectorAll<HTMLElement>('span, font')).filter((el) => el.style.fontSize === 'xxx-large' || el.getAttribute('size') === '7');
      for (const el of marked) {
        el.removeAttribute('size');
        el.style.fontSize = sizeCss(f.size, ctx.deck);
        el.setAttribute('data-size', String(f.size));
        for (const inner of Array.from(el.querySelectorAll<HTMLElement>('[data-size]'))) {
          inner.removeAttribute('data-size');
          inner.style.removeProperty('font-size');
        }
      }
    }
  }
}
