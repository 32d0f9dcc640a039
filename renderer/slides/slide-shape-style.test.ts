import { emptyDeck } from '@ostal/model';
import type { Deck, Fill } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/support/png.js';
import { boxStyle, fillStyle, shadowStyle, unmirroredText } from './slide-shape-style.js';

// 40 x 20 pixels, on a slide 12 192 000 EMU wide (1 cqw = 121 920 EMU).
const deck: Deck = { ...emptyDeck(), size: { cx: 12_192_000, cy: 6_858_000 }, media: { 'motif.png': { type: 'image/png', data: pngBytes(40, 20) } } };
const url = () => 'blob:motif';

describe('text in a flipped box', () => {
  it('is flipped back across when the box is mirrored once, and left with the half turn of both flips', () => {
    const box = { x: 0, y: 0, cx: 100, cy: 50 };
    expect(boxStyle({ ...box, flipH: true }, deck.size).transform).toBe('scaleX(-1)');
    expect(unmirroredText({ ...box, flipH: true })).toBe('scaleX(-1)');
    // Flipped vertically: with the text flipped back across, it reads turned a half turn.
    expect(unmirroredText({ ...box, flipV: true, rot: 5_400_000 })).toBe('scaleX(-1)');
    expect(unmirroredText({ ...box, flipH: true, flipV: true })).toBeUndefined();
    expect(unmirroredText(box)).toBeUndefined();
  });
});

describe('picture fill style', () => {
  it('stretches a picture over the box', () => {
    expect(fillStyle({ kind: 'picture', media: 'motif.png' }, deck, url)).toEqual({ backgroundImage: 'url("blob:motif")', backgroundSize: '100% 100%' });
  });

  it('repeats a tiled picture at its scaled own size, from its aligned corner plus the offset', () => {
    const fill: Fill = { kind: 'picture', media: 'motif.png', tile: { sx: 50_000, sy: 200_000, tx: 121_920, ty: 0, align: 'br' } };
    const style = fillStyle(fill, deck, url);
    // 40 px x 9525 x 50 % = 190 500 EMU wide; 20 px x 9525 x 200 % = 381 000 EMU high.
    expect(style.backgroundRepeat).toBe('repeat');
    expect(style.backgroundSize).toBe(`${String((190_500 / 12_192_000) * 100)}cqw ${String((381_000 / 12_192_000) * 100)}cqw`);
    expect(style.backgroundPosition).toBe('calc(100% + 1cqw) calc(100% + 0cqw)');
  });

  it('stretches a tiled picture whose size cannot be read', () => {
    const fill: Fill = { kind: 'picture', media: 'missing.png', tile: { sx: 100_000, sy: 100_000, tx: 0, ty: 0 } };
    expect(fillStyle(fill, deck, url).backgroundSize).toBe('100% 100%');
  });
});

describe('shadow style', () => {
  const box = { x: 0, y: 0, cx: 1_219_200, cy: 1_219_200 };
  // 121 920 EMU (1 cqw) straight down, blurred over 1 cqw, black at 35 %.
  const shadow = { dist: 121_920, dir: 5_400_000, blur: 121_920, color: { rgb: '000000', alpha: 35_000 } };

  it('offsets a blurred, translucent shadow in the slide’s directions', () => {
    expect(shadowStyle(shadow, box, deck).filter).toBe('drop-shadow(0cqw 1cqw 1cqw rgb(0 0 0 / 35%))');
  });

  it('turns the offset back through the box’s rotation and flips, so the shadow still falls down the slide', () => {
    // A box turned 90° clockwise: its own x axis points down the slide.
    expect(shadowStyle(shadow, { ...box, rot: 5_400_000 }, deck).filter).toBe('drop-shadow(1cqw 0cqw 1cqw rgb(0 0 0 / 35%))');
    expect(shadowStyle(shadow, { ...box, flipV: true }, deck).filter).toBe('drop-shadow(0cqw -1cqw 1cqw rgb(0 0 0 / 35%))');
    expect(shadowStyle(undefined, box, deck)).toEqual({});
  });
});
