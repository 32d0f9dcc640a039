/**
 * Edits of one object of a slide for accessibility and pictures: its alternative text (PPTX
 * `p:cNvPr/@descr`, ODP `svg:desc`), a picture's crop (`a:srcRect`, `fo:clip`), and its place
 * in the reading order, which is the order of the shapes in the file (the z-order: screen
 * readers read the first shape first).
 */
import type { Crop, Deck } from '@ostal/model';
import { editShapes, editableShapes } from './shape-operations.js';

/** The deck with the alternative text of shape `id` set (none when blank). */
export function setDescription(deck: Deck, index: number, id: number, text: string): Deck {
  const trimmed = text.trim();
  return editShapes(deck, index, (shapes) =>
    shapes.map((s) => {
      if (s.id !== id) return s;
      const { description: _old, ...rest } = s;
      void _old;
      return trimmed === '' ? rest : { ...rest, description: trimmed };
    }),
  );
}

/** Crop edges as percents of the picture (what the dialog shows), each rounded to 0.1 %. */
export interface CropPercents {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function cropPercents(crop: Crop | undefined): CropPercents {
  const pct = (v: number | undefined) => Math.round((v ?? 0) / 100) / 10;
  return { left: pct(crop?.left), top: pct(crop?.top), right: pct(crop?.right), bottom: pct(crop?.bottom) };
}

/**
 * The crop of the percents typed, each edge within 0..99 % and opposite edges leaving at least
 * 1 % of the picture; undefined when nothing is cropped.
 */
export function cropOfPercents(p: CropPercents): Crop | undefined {
  const edge = (v: number) => Math.min(99, Math.max(0, Number.isFinite(v) ? v : 0));
  let left = edge(p.left);
  let right = edge(p.right);
  let top = edge(p.top);
  let bottom = edge(p.bottom);
  if (left + right > 99) right = 99 - left;
  if (top + bottom > 99) bottom = 99 - top;
  const unit = (v: number) => Math.round(v * 1000);
  [left, right, top, bottom] = [unit(left), unit(right), unit(top), unit(bottom)];
  return left || right || top || bottom ? { left, top, right, bottom } : undefined;
}

/** The deck with picture `id` cropped (or uncropped with undefined). */
export function setCrop(deck: Deck, index: number, id: number, crop: Crop | undefined): Deck {
  return editShapes(deck, index, (shapes) =>
    shapes.map((s) => {
      if (s.id !== id || s.kind !== 'picture') return s;
      const { crop: _old, ...rest } = s;
      void _old;
      return crop ? { ...rest, crop } : rest;
    }),
  );
}

/** The deck with shape `id` moved `delta` places in the reading order (clamped to the list). */
export function moveInReadingOrder(deck: Deck, index: number, id: number, delta: number): Deck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  const shapes = editableShapes(slide);
  const from = shapes.findIndex((s) => s.id === id);
  const to = Math.min(shapes.length - 1, Math.max(0, from + delta));
  if (from < 0 || to === from) return deck;
  return editShapes(deck, index, (list) => {
    const out = [...list];
    const [moved] = out.splice(from, 1);
    out.splice(to, 0, moved!);
    return out;
  });
}

/** How a cropped picture is drawn in its frame: the image scaled and shifted so the kept part fills it. */
export function croppedImageBox(crop: Crop): { left: string; top: string; width: string; height: string } {
  const keptX = Math.max(0.001, 1 - (crop.left + crop.right) / 100_000);
  const keptY = Math.max(0.001, 1 - (crop.top + crop.bottom) / 100_000);
  const pct = (v: number) => `${String(Math.round(v * 1e6) / 1e4)}%`;
  return { left: pct(-crop.left / 100_000 / keptX), top: pct(-crop.top / 100_000 / keptY), width: pct(1 / keptX), height: pct(1 / keptY) };
}
