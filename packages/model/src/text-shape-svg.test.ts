/** Word and ODT drawing shapes are drawn in the writer from their preset's definition. */
import { describe, expect, it } from 'vitest';
import { shapeSvgSpec } from './text-shape-schema.js';
import { EMU_PER_PX } from './text-image-schema.js';

const look = (geometry: string, extra: Record<string, unknown> = {}) => ({
  geometry, width: 200 * EMU_PER_PX, height: 100 * EMU_PER_PX, fill: '#ff0000', line: '#000000', lineWidth: 9525, lineDash: 'solid',
  headEnd: 'none', tailEnd: 'none', rotation: 0, flipH: false, flipV: false, placement: 'inline', adjust: null, ...extra,
});

/** The `d`, fill and stroke of every path the drawing holds. */
function paths(spec: unknown): { d: string; fill: string; stroke: string }[] {
  const out: { d: string; fill: string; stroke: string }[] = [];
  const walk = (n: unknown): void => {
    if (!Array.isArray(n)) return;
    const [tag, attrs] = n as [unknown, Record<string, string>];
    if (tag === 'http://www.w3.org/2000/svg path' && attrs.fill !== 'context-stroke') out.push({ d: attrs.d ?? '', fill: attrs.fill ?? '', stroke: attrs.stroke ?? '' });
    n.forEach(walk);
  };
  walk(spec);
  return out;
}

describe('drawing shapes in the writer', () => {
  it('draws a heart with the curves of its definition, not a box', () => {
    const [heart] = paths(shapeSvgSpec(look('heart'), 'Cœur'));
    expect(heart?.d).toMatch(/^M100 25 C/);
    expect(heart?.fill).toBe('#ff0000');
  });

  it('draws a right arrow’s head from its adjust values', () => {
    expect(paths(shapeSvgSpec(look('rightArrow'), ''))[0]?.d).toContain('L150 25');
    expect(paths(shapeSvgSpec(look('rightArrow', { adjust: { adj2: 100_000 } }), ''))[0]?.d).toContain('L100 25');
  });

  it('keeps a can’s shading unstroked and its rim unfilled, and lines unfilled', () => {
    expect(paths(shapeSvgSpec(look('can'), '')).map((p) => [p.fill, p.stroke])).toEqual([['#ff0000', 'none'], ['#ff0000', 'none'], ['none', '#000000']]);
    expect(paths(shapeSvgSpec(look('line'), ''))).toEqual([{ d: 'M0 0 L200 100', fill: 'none', stroke: '#000000' }]);
  });

  it('draws a bevel’s sides lighter and darker than its face, as Word does', () => {
    const drawn = paths(shapeSvgSpec(look('bevel'), ''));
    // Face and four sides in red, a white or black veil over each side, then the outline.
    expect(drawn.filter((p) => p.fill === '#ff0000')).toHaveLength(5);
    expect(drawn.filter((p) => p.fill === '#ffffff')).toHaveLength(2);
    expect(drawn.filter((p) => p.fill === '#000000')).toHaveLength(2);
    expect(paths(shapeSvgSpec(look('bevel', { fill: null }), '')).some((p) => p.fill === '#000000')).toBe(false);
  });
});
