/**
 * A shape's text drawn in its box, made smaller when the body says "shrink text on overflow"
 * (a:normAutofit, ODF shrink-to-fit) and it does not fit: it starts at the scale the file gives,
 * then, measured after each drawing, goes down PowerPoint's steps (`autofit-steps.ts`) until the
 * paragraphs fit the box. The canvas, the thumbnails and the show all draw text through it; a
 * change of the box's size (a thumbnail scrolled into view, a resize) measures again.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { TextBody } from '@ostal/model';
import { atStep, nextStep, overflows, rememberFit, rememberedFit, startStep } from './autofit-steps.js';
import type { AutofitStep } from './autofit-steps.js';
import { textBodyHtml } from './rich-text-html.js';
import type { TextContext } from './rich-text-html.js';

export interface FittedTextProps {
  readonly body: TextBody;
  readonly ctx: TextContext;
  readonly style: CSSProperties;
  /** The body shrinks on overflow (its own autofit, or its placeholder's inherited one). */
  readonly shrink: boolean;
  /** The box's size ("cx×cy" in EMU): a scale measured for this text in this box is reused. */
  readonly box: string;
}

/** Height the paragraphs take and the height the box leaves them, in layout pixels (transforms aside). */
function measure(el: HTMLElement): { content: number; available: number } {
  const css = getComputedStyle(el);
  const available = el.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
  let top = Infinity;
  let bottom = -Infinity;
  for (const child of Array.from(el.children) as HTMLElement[]) {
    const m = getComputedStyle(child);
    top = Math.min(top, child.offsetTop - parseFloat(m.marginTop));
    bottom = Math.max(bottom, child.offsetTop + child.offsetHeight + parseFloat(m.marginBottom));
  }
  return { content: bottom > top ? bottom - top : 0, available };
}

/** Vertical text overflows sideways: it keeps the file's scale, unmeasured. */
const measurable = (body: TextBody) => !body.props?.vertical || body.props.vertical === 'horz';

export function FittedText({ body, ctx, style, shrink, box }: FittedTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The step tried for this body; a new body (or a resized box: `round`) starts again from the file's.
  const [tried, setTried] = useState<{ body: TextBody; round: number; step?: AutofitStep }>({ body, round: 0 });
  const step = tried.body === body ? tried.step : undefined;
  const found = step ?? rememberedFit(body, box) ?? startStep(body.props);
  const { fontScale, lineSpaceReduction } = found;
  const current = useMemo(() => ({ fontScale, lineSpaceReduction }), [fontScale, lineSpaceReduction]);
  const html = useMemo(() => textBodyHtml(shrink ? atStep(body, current) : body, ctx), [body, ctx, shrink, current]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !shrink || !measurable(body) || el.clientHeight === 0) return;
    const { content, available } = measure(el);
    const next = overflows(content, available) ? nextStep(current) : undefined;
    if (next) setTried((t) => ({ body, round: t.round, step: next }));
    else rememberFit(body, box, current);
  }, [html, shrink, body, box, current, tried.round]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !shrink || typeof ResizeObserver === 'undefined') return;
    let last = { w: el.clientWidth, h: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const now = { w: el.clientWidth, h: el.clientHeight };
      if (now.w === last.w && now.h === last.h) return;
      last = now;
      // Sizes are container units: only a box drawn for the first time (or reshaped) needs measuring again.
      setTried((t) => ({ body: t.body, round: t.round + 1 }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shrink]);

  return <div ref={ref} className="slides-text" data-font-scale={shrink ? current.fontScale : undefined} style={style} dangerouslySetInnerHTML={{ __html: html }} />;
}
