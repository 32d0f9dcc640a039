/**
 * Shrink text on overflow (DrawingML a:normAutofit, ODF draw:fit-to-size="shrink-to-fit"): the
 * steps PowerPoint goes down when a text body does not fit its box — line spacing reduced first
 * (10 %, then 20 %), then the font scaled in steps of 7.5 %, down to a quarter of its size.
 */
import type { BodyProperties, TextBody } from '@ostal/model';

/** A font scale and a line spacing reduction, in thousandths of a percent as in the file. */
export interface AutofitStep {
  readonly fontScale: number;
  readonly lineSpaceReduction: number;
}

/** The steps tried in turn, from the full size down. */
export const AUTOFIT_STEPS: readonly AutofitStep[] = [
  { fontScale: 100_000, lineSpaceReduction: 0 },
  { fontScale: 100_000, lineSpaceReduction: 10_000 },
  { fontScale: 92_500, lineSpaceReduction: 20_000 },
  { fontScale: 85_000, lineSpaceReduction: 20_000 },
  { fontScale: 77_500, lineSpaceReduction: 20_000 },
  { fontScale: 70_000, lineSpaceReduction: 20_000 },
  { fontScale: 62_500, lineSpaceReduction: 20_000 },
  { fontScale: 55_000, lineSpaceReduction: 20_000 },
  { fontScale: 47_500, lineSpaceReduction: 20_000 },
  { fontScale: 40_000, lineSpaceReduction: 20_000 },
  { fontScale: 32_500, lineSpaceReduction: 20_000 },
  { fontScale: 25_000, lineSpaceReduction: 20_000 },
];

/** Where shrinking starts: the scale the file gives (PowerPoint wrote it when it last fitted the text), else full size. */
export function startStep(props: BodyProperties | undefined): AutofitStep {
  return { fontScale: props?.fontScale ?? 100_000, lineSpaceReduction: props?.lineSpaceReduction ?? 0 };
}

/** The next smaller step after `current`, or undefined when the text is as small as it goes. */
export function nextStep(current: AutofitStep): AutofitStep | undefined {
  return AUTOFIT_STEPS.find((s) => s.fontScale < current.fontScale || (s.fontScale === current.fontScale && s.lineSpaceReduction > current.lineSpaceReduction));
}

/** Text that takes more than its box (half a pixel of rounding allowed). */
export function overflows(content: number, available: number): boolean {
  return content > available + 0.5;
}

/**
 * Steps measured to fit, by text body (bodies are immutable values) and box size: drawings that
 * cannot measure — the in-place editor's first drawing, slides printed to PDF or PNG from static
 * markup — take the scale the canvas or a thumbnail found for the same text in the same box.
 */
const measured = new WeakMap<TextBody, { readonly box: string; readonly step: AutofitStep }>();

/** Remembers the step at which `body` fits a box of size `box` (e.g. "cx×cy" in EMU). */
export function rememberFit(body: TextBody, box: string, step: AutofitStep): void {
  measured.set(body, { box, step });
}

/** The step `body` was found to fit at in a box of size `box`, if it was measured. */
export function rememberedFit(body: TextBody, box: string): AutofitStep | undefined {
  const m = measured.get(body);
  return m && m.box === box ? m.step : undefined;
}

/** The body drawn at `step` (its font scale and line spacing reduction set, shrink on). */
export function atStep(body: TextBody, step: AutofitStep): TextBody {
  return { ...body, props: { ...body.props, autofit: 'shrink', fontScale: step.fontScale, lineSpaceReduction: step.lineSpaceReduction } };
}
