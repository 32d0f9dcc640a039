import { describe, expect, it } from 'vitest';
import type { Transform } from '@ostal/model';
import { cropByKey } from './crop-keys.js';
import { cropByHandle } from './picture-crop.js';

const frame: Transform = { x: 1_000_000, y: 1_000_000, cx: 2_000_000, cy: 1_000_000 };

describe('cropping by keyboard', () => {
  it('moves the left edge inwards with Right: a tenth of the width crops 10 % on the left', () => {
    const r = cropByKey(frame, undefined, 'w', 200_000, 0)!;
    expect(r.crop).toEqual({ left: 10_000, top: 0, right: 0, bottom: 0 });
    expect(r.frame).toMatchObject({ x: 1_200_000, cx: 1_800_000, y: 1_000_000, cy: 1_000_000 });
  });

  it('ignores arrows along an edge, and stops at the picture’s own edge', () => {
    expect(cropByKey(frame, undefined, 'w', 0, 360_000)).toBeUndefined();
    expect(cropByKey(frame, undefined, 'n', 360_000, 0)).toBeUndefined();
    const out = cropByKey(frame, undefined, 'e', 500_000, 0)!;
    expect(out.crop).toBeUndefined();
    expect(out.frame.cx).toBe(2_000_000);
  });

  it('gives back a cropped edge with the opposite arrow, and a corner moves two edges', () => {
    const cropped = cropByKey(frame, undefined, 's', 0, -100_000)!;
    expect(cropped.crop?.bottom).toBe(10_000);
    const back = cropByKey(cropped.frame, cropped.crop, 's', 0, 100_000)!;
    expect(back.crop).toBeUndefined();
    const corner = cropByKey(frame, undefined, 'ne', -200_000, 100_000)!;
    expect(corner.crop).toEqual({ left: 0, top: 10_000, right: 10_000, bottom: 0 });
  });

  it('moves along the picture’s axes when it is turned, as dragging the handle would', () => {
    const turned = { ...frame, rot: 90 * 60_000 };
    const byKey = cropByKey(turned, undefined, 'w', 200_000, 0)!;
    expect(byKey.crop?.left).toBe(10_000);
    // The same as dragging the handle to its place moved along the turned x axis (downwards on the slide).
    const centre = { x: frame.x + frame.cx / 2, y: frame.y + frame.cy / 2 };
    expect(cropByHandle(turned, undefined, 'w', { x: centre.x, y: centre.y - 800_000 }).crop).toEqual(byKey.crop);
  });
});
