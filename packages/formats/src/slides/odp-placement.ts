/**
 * Where ODF drawing shapes stand on a page (ODF 1.3 Part 3, chapter 19 attributes svg:x, svg:y,
 * svg:width, svg:height, draw:transform, and svg:x1…svg:y2 of lines and connectors) for a deck
 * shape's frame in slide EMU — its own, or a group member's as `mapChildFrame` places it, since a
 * `draw:g` has no transform of its own and its members stand in page coordinates. Flips: a custom
 * shape mirrors its enhanced geometry (`draw:mirror-*`, written by the caller), a picture its
 * graphic style (`style:mirror`), a line swaps its ends; a frame holding text, a table or an
 * object has no mirror, so a flip is folded into its rotation (`unflippedFrame`).
 */
import type { Transform } from '@ostal/model';

/** An ODF length for EMU, in millimetres (exact to well under one EMU). */
export function emuLength(emu: number): string {
  return `${String(Number((emu / 36_000).toFixed(6)))}mm`;
}

/** A full turn in DrawingML angle units (60000ths of a degree). */
const FULL_TURN = 360 * 60_000;

/**
 * svg:x/y/width/height, or draw:transform for rotated shapes: ODF rotates counter-clockwise about
 * the shape's origin, then translates it, so the translation is where the turned box's top-left
 * corner lands when it turns clockwise about its centre, as DrawingML turns it. Lengths are
 * rounded to whole EMU (a group member's mapped frame has fractions).
 */
export function placeAttrs(t: Transform): Record<string, string | undefined> {
  const size = { 'svg:width': emuLength(Math.round(t.cx)), 'svg:height': emuLength(Math.round(t.cy)) };
  if (!t.rot) return { ...size, 'svg:x': emuLength(Math.round(t.x)), 'svg:y': emuLength(Math.round(t.y)) };
  const a = (t.rot / 60_000) * (Math.PI / 180);
  const cx = t.x + t.cx / 2;
  const cy = t.y + t.cy / 2;
  const tx = cx - ((t.cx / 2) * Math.cos(a) - (t.cy / 2) * Math.sin(a));
  const ty = cy - ((t.cx / 2) * Math.sin(a) + (t.cy / 2) * Math.cos(a));
  return { ...size, 'draw:transform': `rotate (${String(-a)}) translate (${emuLength(Math.round(tx))} ${emuLength(Math.round(ty))})` };
}

/**
 * The ends of a line or connector in box `t`: from the top-left corner to the bottom-right one,
 * swapped across by a flip, then turned with the box about its centre (a line has no
 * draw:transform of its own in ODF, its ends say it all).
 */
export function lineEnds(t: Transform): Record<string, string> {
  const cx = t.x + t.cx / 2;
  const cy = t.y + t.cy / 2;
  const a = ((t.rot ?? 0) / 60_000) * (Math.PI / 180);
  const end = (dx: number, dy: number): [string, string] => [
    emuLength(Math.round(cx + dx * Math.cos(a) - dy * Math.sin(a))),
    emuLength(Math.round(cy + dx * Math.sin(a) + dy * Math.cos(a))),
  ];
  const hx = (t.flipH ? 1 : -1) * (t.cx / 2);
  const hy = (t.flipV ? 1 : -1) * (t.cy / 2);
  const [x1, y1] = end(hx, hy);
  const [x2, y2] = end(-hx, -hy);
  return { 'svg:x1': x1, 'svg:y1': y1, 'svg:x2': x2, 'svg:y2': y2 };
}

/**
 * A box flipped vertically is the same box turned a half turn and flipped horizontally (flips and
 * turn composed as DrawingML composes them: flip within the box, then turn about its centre), so
 * this gives `t` with no vertical flip: a frame's text then shows upside down, as PowerPoint
 * shows the text of a shape flipped vertically.
 */
export function withoutFlipV(t: Transform): Transform {
  if (!t.flipV) return t;
  const { flipV: _v, flipH, ...rest } = t;
  const rot = ((((t.rot ?? 0) + FULL_TURN / 2) % FULL_TURN) + FULL_TURN) % FULL_TURN;
  return { ...rest, rot, ...(flipH ? {} : { flipH: true }) };
}

/**
 * A frame without mirror (a text box, a table, an object) in box `t`: a vertical flip becomes a
 * half turn (`withoutFlipV`) and a horizontal one is dropped — the box is a rectangle and its
 * text is never mirrored.
 */
export function unflippedFrame(t: Transform): Transform {
  const { flipH: _h, flipV: _v, ...rest } = withoutFlipV(t);
  return rest;
}

/**
 * The box to give `placeAttrs` for a custom shape whose enhanced geometry carries `t`'s flips as
 * draw:mirror-horizontal/-vertical. DrawingML flips a shape within its box and then turns it;
 * LibreOffice mirrors a custom shape's geometry after its draw:transform turn, about its centre
 * (its own PPTX import writes flipH with rot 20° as mirror-horizontal with rotate(+20°) where an
 * unflipped shape gets rotate(−20°)). A mirror one way only reverses a turn, so such a shape is
 * written turned the other way; both mirrors together are a half turn, which commutes with any turn.
 */
export function mirroredShapeBox(t: Transform): Transform {
  if (Boolean(t.flipH) === Boolean(t.flipV) || !t.rot) return t;
  return { ...t, rot: (FULL_TURN - (t.rot % FULL_TURN)) % FULL_TURN };
}

/**
 * A picture's box and its style:mirror (ODF 1.3 Part 3, chapter 20, a graphic property).
 * ODF also allows `vertical` and `horizontal vertical`, but LibreOffice 7 shows neither (it keeps a
 * horizontal mirror only), so a vertical flip is written as a half turn of the horizontally
 * mirrored picture (`withoutFlipV`), which is the same picture.
 */
export function pictureBox(t: Transform): { box: Transform; mirror: string | undefined } {
  const box = withoutFlipV(t);
  return { box, mirror: box.flipH ? 'horizontal' : undefined };
}
