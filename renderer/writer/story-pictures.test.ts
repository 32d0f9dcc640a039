import { describe, expect, it } from 'vitest';
import type { PMNodeJSON } from '@ostal/model';
import { storyLines, storyParagraphs } from './header-footer.js';
import { geometryOf } from './sheet-geometry.js';
import { anchoredPictures, anchoredPlace, editorPlace, storyPicture } from './story-pictures.js';

/** 2 cm × 1 cm in EMU, 75.6 × 37.8 px. */
const logo = (attrs: Record<string, unknown> = {}): PMNodeJSON => ({ type: 'image', attrs: { src: 'media:logo.png', width: 720000, height: 360000, ...attrs } });
const header = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
/** A4 with 2.5 cm margins and the header 1.25 cm from the edge. */
const a4 = geometryOf({ page: { width: 11906, height: 16838, orientation: 'portrait' }, margins: { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 } });

describe('pictures of headers and footers', () => {
  it('keeps a line holding only an inline picture, at its size, and leaves anchored ones out of the lines', () => {
    const lines = storyLines(header(logo(), { type: 'text', text: ' Mairie ' }, logo({ placement: 'anchored' })));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.map((r) => [r.text, r.picture?.width, r.picture?.height])).toEqual([
      ['', 76, 38],
      [' Mairie', undefined, undefined],
    ]);
    expect(storyLines(header(logo()))).toHaveLength(1);
    expect(storyLines(header({ type: 'text', text: '  ' }))).toHaveLength(0);
    // A centred logo line keeps its paragraph's alignment; a bad value is none.
    const centred: PMNodeJSON = { type: 'doc', content: [{ type: 'paragraph', attrs: { align: 'center' }, content: [logo()] }, { type: 'paragraph', attrs: { align: 'middle' }, content: [{ type: 'text', text: 'x' }] }] };
    expect(storyParagraphs(centred).map((l) => [l.align, l.runs.length])).toEqual([
      ['center', 1],
      [null, 1],
    ]);
    expect(anchoredPictures(header(logo(), logo({ placement: 'anchored', x: 95250 })))).toEqual([storyPicture({ src: 'media:logo.png', width: 720000, height: 360000, placement: 'anchored', x: 95250 })]);
  });

  it('places an anchored picture from the paper, the margins or the story', () => {
    // 1 cm (37.8 px) from the paper's left and top edges: on the sheet.
    const page = storyPicture(logo({ placement: 'anchored', xRelative: 'page', yRelative: 'page', x: 360000, y: 360000 }).attrs);
    const onPage = anchoredPlace(page, a4);
    expect(onPage.frame).toBe('sheet');
    expect(onPage.left).toBeCloseTo(37.8, 1);
    expect(onPage.top).toBeCloseTo(37.8, 1);
    // Right-aligned on the margins, at the margin's top.
    const right = storyPicture(logo({ placement: 'anchored', xRelative: 'margin', xAlign: 'right', yRelative: 'margin', yAlign: 'top' }).attrs);
    const placed = anchoredPlace(right, a4);
    expect(placed.frame).toBe('sheet');
    expect(placed.left).toBeCloseTo(a4.width - a4.right - 76, 5);
    expect(placed.top).toBeCloseTo(a4.top, 5);
    // From the paragraph: in the story's zone (whose left edge is the left margin).
    const para = storyPicture(logo({ placement: 'anchored', xRelative: 'page', yRelative: 'paragraph', x: 0, y: 95250 }).attrs);
    const inZone = anchoredPlace(para, a4);
    expect(inZone.frame).toBe('zone');
    expect(inZone.left).toBeCloseTo(-a4.left, 5);
    expect(inZone.top).toBe(10);
    // Centred across the paper, down from the paragraph (the model's default): in the zone.
    const centred = anchoredPlace(storyPicture(logo({ placement: 'anchored', xRelative: 'page', xAlign: 'center' }).attrs), a4);
    expect(centred.frame).toBe('zone');
    expect(centred.left + a4.left).toBeCloseTo((a4.width - 76) / 2, 5);
  });

  it("draws an anchored picture in the story's editor where the sheet has it, from the story's text", () => {
    // 1 cm from the paper's edges: the header's text starts at the left margin, 1.25 cm from the top.
    const page = storyPicture(logo({ placement: 'anchored', xRelative: 'page', yRelative: 'page', x: 360000, y: 360000 }).attrs);
    const header = editorPlace(page, a4, 'header');
    expect(header.left).toBeCloseTo(37.8 - a4.left, 1);
    expect('top' in header ? header.top : NaN).toBeCloseTo(37.8 - a4.header, 1);
    // In a footer, from the bottom of its text (at the footer's distance from the paper's bottom).
    const bottom = storyPicture(logo({ placement: 'anchored', xRelative: 'margin', xAlign: 'right', yRelative: 'page', yAlign: 'bottom' }).attrs);
    const footer = editorPlace(bottom, a4, 'footer');
    expect(footer.left).toBeCloseTo(a4.width - a4.right - 76 - a4.left, 5);
    expect('bottom' in footer ? footer.bottom : NaN).toBeCloseTo(-a4.footer, 5);
    // From the paragraph: from the story's top in both.
    const para = storyPicture(logo({ placement: 'anchored', xRelative: 'margin', yRelative: 'paragraph', x: 95250, y: 95250 }).attrs);
    expect(editorPlace(para, a4, 'footer')).toEqual({ left: 10, top: 10 });
  });
});
