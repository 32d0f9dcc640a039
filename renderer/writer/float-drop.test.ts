import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import type { TablePosition } from '@ostal/model';
import { anchorOnSheet, dropPageOf, dropStyle, floatDrop, isFloatingPicture, ownDrop, pictureVertical, tableVertical } from './float-drop.js';
import type { DropPage } from './float-drop.js';

const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);
const picture = (attrs: Record<string, unknown> = {}) => s.node('image', { src: 'media:a.png', width: 720000, height: 360000, placement: 'anchored', wrap: 'square', x: 0, y: 0, ...attrs });
/** 3 cm in EMU, and in CSS pixels (96 per inch). */
const CM3_EMU = 1080000;
const CM3_PX = 113.39;
/** A page of 1000 px, margins 100 px at the top and 50 at the bottom. */
const PAGE: DropPage = { height: 1000, marginTop: 100, marginBottom: 50 };

describe('how far down a floating object shows', () => {
  it('shows a picture 3 cm below its paragraph 3 cm (113 px) down, page or not', () => {
    const place = pictureVertical(picture({ y: CM3_EMU, yRelative: 'paragraph' }));
    expect(floatDrop(place, PAGE, null)).toBeCloseTo(CM3_PX, 1);
    expect(floatDrop(place, PAGE, 600)).toBeCloseTo(CM3_PX, 1);
    // "line" is measured from the anchor's line: its top is the anchor's top here.
    expect(floatDrop(pictureVertical(picture({ y: CM3_EMU, yRelative: 'line' })), PAGE, null)).toBeCloseTo(CM3_PX, 1);
  });

  it('places an offset from the page or the margin on the anchor paragraph’s sheet', () => {
    // The paragraph's top is 300 px down its sheet: 12 cm from the page top is 453.54 px.
    expect(floatDrop(pictureVertical(picture({ y: 4 * CM3_EMU, yRelative: 'page' })), PAGE, 300)).toBeCloseTo(453.54 - 300, 1);
    // From the margin: 100 px of margin first.
    expect(floatDrop(pictureVertical(picture({ y: CM3_EMU, yRelative: 'margin' })), PAGE, 300)).toBeCloseTo(100 + CM3_PX - 300, 1);
    // Above the paragraph (it stands lower on the page than the offset says).
    expect(floatDrop({ y: 150, yAlign: null, yRelative: 'page', height: 40 }, PAGE, 400)).toBe(-250);
  });

  it('turns a vertical alignment into its place in the page or between the margins', () => {
    const at = (yAlign: string, yRelative: string) => floatDrop({ y: 0, yAlign, yRelative, height: 100 }, PAGE, 0);
    expect(at('top', 'page')).toBe(0);
    expect(at('center', 'page')).toBe(450);
    expect(at('bottom', 'page')).toBe(900);
    expect(at('top', 'margin')).toBe(100);
    expect(at('center', 'margin')).toBe(100 + (850 - 100) / 2);
    // The margin's bottom is 950 px down the page: a 100 px object's top at 850.
    expect(at('bottom', 'margin')).toBe(850);
  });

  it('keeps an offset from the page or the margin at its anchor in the draft view (no sheet)', () => {
    expect(floatDrop({ y: 500, yAlign: null, yRelative: 'page', height: 40 }, PAGE, null)).toBeNull();
    expect(floatDrop({ y: 500, yAlign: 'center', yRelative: 'margin', height: 40 }, PAGE, null)).toBeNull();
  });

  it('never lifts an object above its sheet’s top, nor above its anchor without a sheet', () => {
    const above = { y: -200, yAlign: null, yRelative: 'paragraph', height: 40 };
    expect(floatDrop(above, PAGE, 500)).toBe(-200);
    expect(floatDrop(above, PAGE, 120)).toBe(-120);
    expect(floatDrop(above, PAGE, null)).toBe(0);
    expect(floatDrop({ y: -100, yAlign: null, yRelative: 'page', height: 40 }, PAGE, 300)).toBe(-300);
  });

  it('pins an object whose offset would take it past its sheet’s bottom at that bottom, whole on its anchor’s sheet', () => {
    // 27 cm (1020.47 px) below a paragraph 100 px down the page: a 40 px picture ends at the page's 1000th pixel.
    const below = pictureVertical(picture({ y: 9 * CM3_EMU, yRelative: 'paragraph', height: 40 * 9525 }));
    expect(floatDrop(below, PAGE, 100)).toBe(1000 - 40 - 100);
    // Where it fits, its offset; without a sheet (the draft view), its offset whatever it is.
    expect(floatDrop(below, PAGE, -700)).toBeCloseTo(1020.47, 1);
    expect(floatDrop(below, PAGE, null)).toBeCloseTo(1020.47, 1);
    expect(ownDrop(below)).toBeCloseTo(1020.47, 1);
    expect(ownDrop(pictureVertical(picture({ y: CM3_EMU, yRelative: 'page' })))).toBe(0);
    // From the page too; taller than the page, at its top.
    expect(floatDrop({ y: 980, yAlign: null, yRelative: 'page', height: 40 }, PAGE, 300)).toBe(1000 - 40 - 300);
    expect(floatDrop({ y: 0, yAlign: null, yRelative: 'page', height: 1200 }, PAGE, 300)).toBe(-300);
  });

  it('reads a floating table’s offset in twips (567 twips to the cm)', () => {
    const position = { yRelative: 'paragraph', y: 1701, yAlign: null } as unknown as TablePosition;
    expect(floatDrop(tableVertical(position, 80), PAGE, null)).toBeCloseTo(113.4, 1);
    const margin = { yRelative: 'margin', y: 0, yAlign: 'bottom' } as unknown as TablePosition;
    expect(floatDrop(tableVertical(margin, 80), PAGE, 200)).toBe(950 - 80 - 200);
  });

  it('measures the page of the first section in CSS pixels (A4, 2.5 cm margins by default)', () => {
    const page = dropPageOf(doc(s.node('paragraph', null, [s.text('x')])));
    expect(page.height).toBeCloseTo(1122.5, 0);
    expect(page.marginTop).toBeCloseTo(94.5, 0);
    expect(page.marginBottom).toBeCloseTo(94.5, 0);
  });

  it('moves the pictures the view floats, not inline ones or those behind the text', () => {
    expect(isFloatingPicture(picture())).toBe(true);
    expect(isFloatingPicture(picture({ wrap: 'top-bottom' }))).toBe(true);
    expect(isFloatingPicture(picture({ wrap: 'none' }))).toBe(false);
    expect(isFloatingPicture(picture({ placement: 'inline' }))).toBe(false);
  });

  it('measures a floating table after a page break on its paragraph’s sheet, not on the sheet its box starts on', () => {
    // Two sheets at half zoom: 1000 px high, the second 520 screen px down. The table's box starts at 480 on the
    // screen (on the first sheet, before the page gap), its paragraph at 570 (the second sheet's 100 px top margin).
    const sheets = [
      { top: 0, scale: 0.5 },
      { top: 520, scale: 0.5 },
    ];
    expect(anchorOnSheet(sheets, 480, 0, 570)).toEqual({ sheet: 1, onPage: 100 });
    // 15 cm (567 px) from the page: 467 px below the paragraph, on the second sheet.
    const position = { yRelative: 'page', y: 8505, yAlign: null } as unknown as TablePosition;
    expect(floatDrop(tableVertical(position, 59), PAGE, anchorOnSheet(sheets, 480, 0, 570).onPage)).toBeCloseTo(467, 0);
    // Without a paragraph after it, the table's own top less the drop it shows with.
    expect(anchorOnSheet(sheets, 780, 400, null)).toEqual({ sheet: 1, onPage: 120 });
    expect(anchorOnSheet(sheets, 480, 0, null)).toEqual({ sheet: 0, onPage: 960 });
  });

  it('keeps the lines beside a float’s top margin whole (a wrap shape starting at the picture)', () => {
    expect(dropStyle(113.39)).toEqual({ marginTop: '113.39px', shapeOutside: 'inset(113.39px 0 0 0)' });
    expect(dropStyle(-40)).toEqual({ marginTop: '-40px', shapeOutside: '' });
  });
});
