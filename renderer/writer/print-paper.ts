/**
 * The paper of printed pages (`print-layout.ts`, printed by the PDF export and by the print
 * dialog): each sheet's size in millimetres and a named CSS page (`@page sheet0 { size: … }`)
 * per distinct size, so a landscape or Letter section prints on its own paper with no margin of
 * the browser's own (the sheets carry their margins).
 */

/** CSS pixels (96 per inch) as millimetres, for CSS (`210.00mm`). */
export const mmOf = (pixels: number): string => `${(pixels * 25.4 / 96).toFixed(2)}mm`;

/** Sheets' paper as named CSS pages: the page name of each sheet, and the `@page` rules. */
export interface NamedPages {
  /** The page name of each sheet, in order (sheets of the same size share one). */
  readonly names: readonly string[];
  /** `@page` rules: no margin anywhere, each name with its size. */
  readonly css: string;
}

/** Named pages for sheets of `sizes` (CSS pixels). */
export function namedPages(sizes: readonly { readonly width: number; readonly height: number }[]): NamedPages {
  const bySize = new Map<string, string>();
  const names = sizes.map(({ width, height }) => {
    const size = `${mmOf(width)} ${mmOf(height)}`;
    let name = bySize.get(size);
    if (!name) {
      name = `sheet${String(bySize.size)}`;
      bySize.set(size, name);
    }
    return name;
  });
  const rules = [...bySize].map(([size, name]) => `@page ${name} { size: ${size}; margin: 0; }`);
  return { names, css: ['@page { margin: 0; }', ...rules].join('\n') };
}
