import { describe, expect, it } from 'vitest';
import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { EMU_PER_PX, textSchema as s } from '@ostal/model';
import { pngBytes } from '../../test/support/png.js';
import { fittedSize, insertPicture, newMediaName, pictureInfo, pictureWrapOf, resizedSize, selectedPicture, setPictureAlt, setPictureSize, setPictureWrap, textWidthEmu } from './picture-commands.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

describe('picture files', () => {
  it('reads the type and pixel size of PNG, GIF, JPEG, BMP and WebP from the bytes', () => {
    expect(pictureInfo(pngBytes(320, 180))).toEqual({ mime: 'image/png', ext: 'png', widthPx: 320, heightPx: 180 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x2c, 0x01, 0x64, 0x00, 0, 0, 0]);
    expect(pictureInfo(gif)).toMatchObject({ mime: 'image/gif', widthPx: 300, heightPx: 100 });
    // SOI, an APP0 segment, then SOF0 with height 480 and width 640.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(pictureInfo(jpeg)).toMatchObject({ mime: 'image/jpeg', ext: 'jpeg', widthPx: 640, heightPx: 480 });
    const bmp = new Uint8Array(54);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 40, true);
    new DataView(bmp.buffer).setInt32(22, -30, true);
    expect(pictureInfo(bmp)).toMatchObject({ mime: 'image/bmp', widthPx: 40, heightPx: 30 });
    const webp = new Uint8Array(30);
    webp.set([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x58]);
    webp.set([99, 0, 0, 49, 0, 0], 24);
    expect(pictureInfo(webp)).toMatchObject({ mime: 'image/webp', widthPx: 100, heightPx: 50 });
  });

  it('refuses what is not a picture, whatever its name, and broken headers without hanging', () => {
    expect(pictureInfo(new TextEncoder().encode('%PDF-1.7 not a picture'))).toBeNull();
    expect(pictureInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00]))).toBeNull();
    expect(pictureInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
    expect(pictureInfo(pngBytes(1, 1).subarray(0, 20))).toBeNull();
    const huge = pngBytes(1, 1);
    new DataView(huge.buffer).setUint32(16, 2_000_000);
    expect(pictureInfo(huge)).toBeNull();
  });

  it('names new media after the existing ones and fits wide pictures to the text width', () => {
    expect(newMediaName({}, 'png')).toBe('image1.png');
    expect(newMediaName({ 'image1.png': { mime: 'image/png', bytes: new Uint8Array() }, 'image2.png': { mime: 'image/png', bytes: new Uint8Array() } }, 'png')).toBe('image3.png');
    // A4 with 2.5 cm margins: 16 cm of text, 5760000 EMU (within a twip's rounding).
    const width = textWidthEmu(doc(p('x')));
    expect(Math.abs(width - 5760000)).toBeLessThan(1000);
    expect(fittedSize({ widthPx: 200, heightPx: 100 }, width)).toEqual({ width: 200 * EMU_PER_PX, height: 100 * EMU_PER_PX });
    const big = fittedSize({ widthPx: 2000, heightPx: 1000 }, width);
    expect(big.width).toBe(Math.round(width));
    expect(big.height).toBe(Math.round(width / 2));
  });
});

describe('picture commands', () => {
  const base = () => {
    const state = EditorState.create({ doc: doc(p('Avant après')) });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, 7)));
  };

  it('inserts a picture at the cursor and selects it', () => {
    const next = apply(base(), insertPicture('image1.png', { width: 1905000, height: 952500 }));
    const picture = selectedPicture(next);
    expect(picture?.node.attrs).toMatchObject({ src: 'media:image1.png', width: 1905000, height: 952500, placement: 'inline' });
    expect(next.doc.textBetween(0, next.doc.content.size, '', '¤')).toBe('Avant ¤après');
  });

  it('resizes, describes and wraps the selected picture, keeping it selected', () => {
    let state = apply(base(), insertPicture('image1.png', { width: 1905000, height: 952500 }));
    const pos = selectedPicture(state)!.pos;
    state = apply(state, setPictureSize(pos, 952500, 476250));
    expect(selectedPicture(state)?.node.attrs).toMatchObject({ width: 952500, height: 476250 });
    state = apply(state, setPictureAlt(pos, '  Logo de la mairie ', ''));
    expect(selectedPicture(state)?.node.attrs).toMatchObject({ alt: 'Logo de la mairie', title: null });
    state = apply(state, setPictureWrap(pos, 'square'));
    expect(selectedPicture(state)?.node.attrs).toMatchObject({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'paragraph' });
    expect(pictureWrapOf(selectedPicture(state)!.node)).toBe('square');
    state = apply(state, setPictureWrap(pos, 'inline'));
    expect(selectedPicture(state)?.node.attrs).toMatchObject({ placement: 'inline', wrap: 'none' });
    expect(state.selection).toBeInstanceOf(NodeSelection);
  });

  it('does nothing where no picture is', () => {
    expect(setPictureSize(1, 10, 10)(base())).toBe(false);
  });
});

describe('resizing with handles', () => {
  const start = { width: 2000000, height: 1000000 };
  it('keeps the proportions at a corner, unless Shift frees them', () => {
    expect(resizedSize(start, 'se', 1000000, 0, false)).toEqual({ width: 3000000, height: 1500000 });
    expect(resizedSize(start, 'nw', 500000, 0, false)).toEqual({ width: 1500000, height: 750000 });
    expect(resizedSize(start, 'se', 1000000, 0, true)).toEqual({ width: 3000000, height: 1000000 });
  });
  it('changes one dimension from a side, and never below the minimum', () => {
    expect(resizedSize(start, 'e', 500000, 800000, false)).toEqual({ width: 2500000, height: 1000000 });
    expect(resizedSize(start, 's', 500000, -2000000, false).height).toBe(4 * EMU_PER_PX);
  });
});
