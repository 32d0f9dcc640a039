import { emptyDeck } from '@ostal/model';
import type { Deck, Fill } from '@ostal/model';
import { isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/support/png.js';
import { pictureFill, tilePlacement } from './picture-fill-svg.js';
import { mirroredTileUrl, svgPictureSize, tileCopies, tilePictureSize } from './picture-tile.js';
import { fillStyle } from './slide-shape-style.js';

const svg = (root: string): Uint8Array => new TextEncoder().encode(`<?xml version="1.0"?>\n<!-- <svg width="1" height="1"> -->\n<!DOCTYPE svg>\n${root}<rect width="10" height="10"/></svg>`);

// A 40 x 20 px PNG and a 2 x 1 cm SVG, on a slide 12 192 000 EMU wide (1 cqw = 121 920 EMU).
const deck: Deck = {
  ...emptyDeck(),
  size: { cx: 12_192_000, cy: 6_858_000 },
  media: { 'motif.png': { type: 'image/png', data: pngBytes(40, 20) }, 'motif.svg': { type: 'image/svg+xml', data: svg('<svg xmlns="http://www.w3.org/2000/svg" width="2cm" height="1cm">') } },
};
const url = (m: string) => `blob:${m}`;
const cqw = (emu: number) => `${String((emu / 12_192_000) * 100)}cqw`;

/** The SVG document a data: URL holds. */
function unitSvg(backgroundImage: unknown): string {
  const m = /^url\("data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"\)$/.exec(String(backgroundImage));
  return m ? new TextDecoder().decode(Uint8Array.from(atob(m[1] ?? ''), (c) => c.charCodeAt(0))) : '';
}

/** The props of each element of a React tree, depth first. */
function elementsOf(node: ReactNode): ReactElement<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!isValidElement<Record<string, unknown>>(node)) return [];
  return [node, ...elementsOf(node.props['children'] as ReactNode)];
}

describe('tiled picture fills: mirrored tiles and SVG tiles', () => {
  it('reads an SVG picture\'s own size from its root element, in any absolute unit, else from its viewBox', () => {
    expect(svgPictureSize(svg('<svg width="2cm" height="1cm">'))).toEqual({ widthPx: 96 / 1.27, heightPx: 96 / 2.54 });
    expect(svgPictureSize(svg("<svg:svg xmlns:svg='http://www.w3.org/2000/svg' width='72pt' height='30'>"))).toEqual({ widthPx: 96, heightPx: 30 });
    expect(svgPictureSize(svg('<svg viewBox="0 0 300 100" width="60">'))).toEqual({ widthPx: 60, heightPx: 20 });
    expect(svgPictureSize(svg('<svg viewBox="0,0,300,100" width="100%" height="100%">'))).toEqual({ widthPx: 300, heightPx: 100 });
    expect(svgPictureSize(svg('<svg width="100%">'))).toBeNull();
    expect(svgPictureSize(svg('<svg width="1e9" height="2">'))).toBeNull();
    expect(svgPictureSize(new TextEncoder().encode('<html><body>pas de svg</body></html>'))).toBeNull();
    expect(tilePictureSize(pngBytes(40, 20))).toMatchObject({ widthPx: 40, heightPx: 20 });
  });

  it('tiles an SVG picture at its own size, not stretched over the box', () => {
    const style = fillStyle({ kind: 'picture', media: 'motif.svg', tile: { sx: 100_000, sy: 100_000, tx: 0, ty: 0 } }, deck, url);
    // 2 cm = 720 000 EMU, 1 cm = 360 000 EMU.
    expect(style.backgroundImage).toBe('url("blob:motif.svg")');
    expect(style.backgroundRepeat).toBe('repeat');
    const [w, h] = String(style.backgroundSize).split(' ').map((v) => Number(v.replace('cqw', '')));
    expect(w).toBeCloseTo((720_000 / 12_192_000) * 100, 9);
    expect(h).toBeCloseTo((360_000 / 12_192_000) * 100, 9);
  });

  it('repeats mirrored tiles as a unit of the tile and its mirror images, drawn from an SVG of their own', () => {
    const fill = (flip: 'x' | 'y' | 'xy'): Fill => ({ kind: 'picture', media: 'motif.png', tile: { sx: 100_000, sy: 100_000, tx: 0, ty: 0, flip } });
    // 40 x 20 px: 381 000 x 190 500 EMU a tile.
    expect(fillStyle(fill('x'), deck, url).backgroundSize).toBe(`${cqw(762_000)} ${cqw(190_500)}`);
    expect(fillStyle(fill('y'), deck, url).backgroundSize).toBe(`${cqw(381_000)} ${cqw(381_000)}`);
    const style = fillStyle(fill('xy'), deck, url);
    expect(style.backgroundSize).toBe(`${cqw(762_000)} ${cqw(381_000)}`);
    expect(style.backgroundRepeat).toBe('repeat');
    const unit = unitSvg(style.backgroundImage);
    expect(unit).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="2" height="2" viewBox="0 0 2 2" preserveAspectRatio="none">/);
    const transforms = [...unit.matchAll(/<image href="data:image\/png;base64,[A-Za-z0-9+/=]+" [^>]*transform="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(transforms).toEqual(['translate(0 0) scale(1 1)', 'translate(2 0) scale(-1 1)', 'translate(0 2) scale(1 -1)', 'translate(2 2) scale(-1 -1)']);
    // Made once per picture and flip.
    expect(mirroredTileUrl('image/png', deck.media!['motif.png']!.data, 'xy')).toBe(String(style.backgroundImage).slice(5, -2));
  });

  it('keeps a centred mirrored unit\'s first tile centred, as unmirrored tiles are', () => {
    const style = fillStyle({ kind: 'picture', media: 'motif.png', tile: { sx: 100_000, sy: 100_000, tx: 0, ty: 0, align: 'ctr', flip: 'x' } }, deck, url);
    // The unit is two tiles wide: 50 % centres it, so it moves half a tile (190 500 EMU) right.
    expect(style.backgroundPosition).toBe(`calc(50% + ${cqw(190_500)}) calc(50% + 0cqw)`);
  });

  it('draws mirrored tiles in SVG outlines as a pattern of the tile and its mirror images', () => {
    const space = { box: { cx: 1_905_000, cy: 952_500 }, view: { w: 100, h: 100 }, data: pngBytes(40, 20) };
    const tile = { sx: 50_000, sy: 50_000, tx: 0, ty: 0, flip: 'x' as const };
    expect(tilePlacement(tile, space)).toMatchObject({ width: 10, height: 10 });
    const painted = pictureFill({ kind: 'picture', media: 'motif.png', tile }, 'p1', url, space);
    const elements = elementsOf(painted?.defs);
    const pattern = elements.find((e) => e.type === 'pattern');
    expect(pattern?.props).toMatchObject({ width: 20, height: 10 });
    expect(elements.filter((e) => e.type === 'image').map((e) => e.props['transform'])).toEqual([undefined, 'translate(20 0) scale(-1 1)']);
    expect(tileCopies(undefined)).toEqual([{ col: 0, row: 0, mx: false, my: false }]);
  });
});
