import { describe, expect, it } from 'vitest';
import { croppedPlacement, pictureFill, svgId } from './picture-fill-svg.js';

describe('picture fills in SVG outlines', () => {
  it('stretches an uncropped picture over the box', () => {
    expect(croppedPlacement(undefined)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('places a cropped picture so that only its kept part covers the box', () => {
    // A quarter cut off on the left and on the right: the kept half is stretched over the box.
    const at = croppedPlacement({ left: 25_000, right: 25_000, top: 0, bottom: 50_000 });
    expect(at.width).toBeCloseTo(2);
    expect(at.x).toBeCloseTo(-0.5);
    expect(at.height).toBeCloseTo(2);
    expect(at.y).toBeCloseTo(0);
  });

  it('paints with a pattern only for a picture it can draw', () => {
    const url = (m: string) => (m === 'a.png' ? 'blob:a' : undefined);
    expect(pictureFill({ kind: 'picture', media: 'a.png' }, 'p1', url)?.paint).toBe('url(#p1)');
    expect(pictureFill({ kind: 'picture', media: 'missing.png' }, 'p1', url)).toBeUndefined();
    expect(pictureFill({ kind: 'solid', color: { rgb: '000000' } }, 'p1', url)).toBeUndefined();
  });

  it('makes ids a url(#…) reference can name without escaping', () => {
    expect(svgId('«r1»', 2, 'fill')).toBe('_r1_-2-fill');
  });
});
