import { describe, expect, it } from 'vitest';
import type { Transform } from '@ostal/model';
import { cropByHandle, panCrop, uncroppedFrame } from './picture-crop.js';

const frame: Transform = { x: 1_000_000, y: 1_000_000, cx: 4_000_000, cy: 2_000_000 };

describe('crop handles', () => {
  it('moves the dragged edge and crops the picture by as much, the picture staying put', () => {
    // The left handle dragged 1,000,000 EMU right: a quarter of the width is cut.
    const r = cropByHandle(frame, undefined, 'w', { x: 2_000_000, y: 2_000_000 });
    expect(r.frame).toEqual({ x: 2_000_000, y: 1_000_000, cx: 3_000_000, cy: 2_000_000 });
    expect(r.crop).toEqual({ left: 25_000, right: 0, top: 0, bottom: 0 });
    expect(uncroppedFrame(r.frame, r.crop)).toEqual(frame);
    // The bottom-right corner in: right and bottom cropped.
    const se = cropByHandle(r.frame, r.crop, 'se', { x: 4_000_000, y: 2_500_000 });
    expect(se.frame).toEqual({ x: 2_000_000, y: 1_000_000, cx: 2_000_000, cy: 1_500_000 });
    expect(se.crop).toEqual({ left: 25_000, right: 25_000, top: 0, bottom: 25_000 });
    expect(uncroppedFrame(se.frame, se.crop)).toEqual(frame);
  });

  it('uncrops back to the picture’s edge and no further', () => {
    const cropped = cropByHandle(frame, undefined, 'w', { x: 2_000_000, y: 2_000_000 });
    const back = cropByHandle(cropped.frame, cropped.crop, 'w', { x: 0, y: 2_000_000 });
    expect(back.frame).toEqual(frame);
    expect(back.crop).toBeUndefined();
  });

  it('crops the mirrored side of a flipped picture and follows a rotated frame', () => {
    const flipped = cropByHandle({ ...frame, flipH: true }, undefined, 'w', { x: 2_000_000, y: 2_000_000 });
    expect(flipped.crop).toEqual({ left: 0, right: 25_000, top: 0, bottom: 0 });
    // Turned a quarter: the frame's top edge faces right on the slide.
    const turned: Transform = { x: 0, y: 0, cx: 2_000_000, cy: 2_000_000, rot: 90 * 60_000 };
    const t = cropByHandle(turned, undefined, 'n', { x: 1_500_000, y: 1_000_000 });
    expect(t.crop).toEqual({ left: 0, right: 0, top: 25_000, bottom: 0 });
    expect(t.frame.cy).toBe(1_500_000);
    expect(t.frame.rot).toBe(90 * 60_000);
  });

  it('leaves at least 1 mm of picture', () => {
    const r = cropByHandle(frame, undefined, 'e', { x: 0, y: 2_000_000 });
    expect(r.frame.cx).toBe(36_000);
    expect(r.frame.x).toBe(1_000_000);
  });
});

describe('moving the picture inside its crop', () => {
  // A picture 8,000,000 x 4,000,000 EMU shown in a frame of half its width and height.
  const t: Transform = { x: 1_000_000, y: 1_000_000, cx: 4_000_000, cy: 2_000_000 };
  const crop = { left: 25_000, right: 25_000, top: 25_000, bottom: 25_000 };

  it('gives back on one side what it cuts on the other, the frame and kept size unchanged', () => {
    // The picture 800,000 EMU right (a tenth of its width): 10 % less cut on the left, more on the right.
    expect(panCrop(t, crop, 800_000, 0)).toEqual({ left: 15_000, right: 35_000, top: 25_000, bottom: 25_000 });
    expect(panCrop(t, crop, 0, -400_000)).toEqual({ left: 25_000, right: 25_000, top: 35_000, bottom: 15_000 });
    const before = uncroppedFrame(t, crop);
    const after = uncroppedFrame(t, panCrop(t, crop, 800_000, 0));
    expect(after.x - before.x).toBe(800_000);
    expect(after.cx).toBe(before.cx);
  });

  it('stops at the picture’s edges', () => {
    expect(panCrop(t, crop, 10_000_000, -10_000_000)).toEqual({ left: 0, right: 50_000, top: 50_000, bottom: 0 });
  });

  it('follows a flipped or rotated picture, and leaves an uncropped one alone', () => {
    expect(panCrop({ ...t, flipH: true }, crop, 800_000, 0)).toEqual({ left: 35_000, right: 15_000, top: 25_000, bottom: 25_000 });
    // Turned half a turn: moving right on the slide is moving left in the picture.
    expect(panCrop({ ...t, rot: 180 * 60_000 }, crop, 800_000, 0)).toEqual({ left: 35_000, right: 15_000, top: 25_000, bottom: 25_000 });
    expect(panCrop(t, undefined, 800_000, 0)).toBeUndefined();
  });
});
