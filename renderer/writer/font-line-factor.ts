/**
 * How tall a font's single line is, as a multiple of its size. Word's "single" spacing and
 * LibreOffice's "proportional 100 %" are the font's own line height (ascent, descent and line
 * gap: 1.15 for Times New Roman or Liberation Serif, 1.22 for Calibri), and a paragraph at 1.15
 * lines is 1.15 times that — not 1.15 times the font size, which CSS's number would give. The
 * editor multiplies its line heights by this factor (`--line-factor`, writer.css and the model's
 * paragraph styles), so pages hold the lines the other suites put on them.
 *
 * The browser measures it: a line of text in the font at 100 px with CSS `line-height: normal`,
 * which is the font's line height, gap included, as Word counts it and LibreOffice for Word files.
 * (LibreOffice leaves the gap out when it lays out an ODF file: about one line more a page.)
 * Without a document (tests in Node) there is no factor.
 */

const cache = new Map<string, number>();

/** Factors outside this range are measurement accidents (a font not loaded, a zero-size box). */
const MIN_FACTOR = 1;
const MAX_FACTOR = 1.6;

/**
 * The single-line height of `fontFamily` (a CSS font-family list) per unit of font size, or null
 * where nothing can be measured.
 */
export function fontLineFactor(fontFamily: string): number | null {
  const known = cache.get(fontFamily);
  if (known !== undefined) return known;
  if (typeof document === 'undefined' || !document.body) return null;
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden;white-space:nowrap;font-size:100px;line-height:normal;padding:0;border:0;margin:0';
  probe.style.fontFamily = fontFamily;
  probe.textContent = 'Hxgé';
  document.body.appendChild(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  if (!(height > 0)) return null;
  const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, Math.round(height) / 100));
  cache.set(fontFamily, factor);
  return factor;
}
