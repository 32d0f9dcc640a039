import { describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/support/png.js';
import { croppedPlacement, pictureFill, svgId, tilePlacement } from './picture-fill-svg.js';

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

  it('repeats a tiled picture at its scaled own size in the outline\'s units, from its aligned corner plus the offset', () => {
    // 40 x 20 px at 9525 EMU each, at 50 %: 190 500 x 95 250 EMU; a 1 905 000 x 952 500 EMU box drawn in a 100 x 100 viewBox.
    const space = { box: { cx: 1_905_000, cy: 952_500 }, view: { w: 100, h: 100 }, data: pngBytes(40, 20) };
    const at = tilePlacement({ sx: 50_000, sy: 50_000, tx: 19_050, ty: 0, align: 'ctr' }, space);
    expect(at?.width).toBeCloseTo(10);
    expect(at?.height).toBeCloseTo(10);
    // Centred: (100 - 10) / 2 = 45, plus 1 unit of offset, wrapped into one tile: 6; vertically 45 -> 5.
    expect(at?.x).toBeCloseTo(6);
    expect(at?.y).toBeCloseTo(5);
    expect(tilePlacement({ sx: 100_000, sy: 100_000, tx: 0, ty: 0 }, { ...space, data: undefined })).toBeUndefined();
  });
});
