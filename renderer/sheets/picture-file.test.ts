import { describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/support/png.js';
import { checkPictureFile, MAX_PICTURE_BYTES, newPictureName, placedSize, toBase64 } from './picture-file.js';

describe('picture files', () => {
  it('reads a PNG’s size', () => {
    expect(checkPictureFile(pngBytes(40, 30))).toEqual({ ok: true, info: { mediaType: 'image/png', width: 40, height: 30 } });
  });

  it('reads a GIF’s and a JPEG’s size', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x10, 0x00, 0, 0]);
    expect(checkPictureFile(gif)).toEqual({ ok: true, info: { mediaType: 'image/gif', width: 288, height: 16 } });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 600 and width 800.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0, 0, 0]);
    expect(checkPictureFile(jpeg)).toEqual({ ok: true, info: { mediaType: 'image/jpeg', width: 800, height: 600 } });
  });

  it('refuses what is not a picture, a broken header and a file too large', () => {
    expect(checkPictureFile(new TextEncoder().encode('not a picture'))).toEqual({ ok: false, reason: 'notPicture' });
    const png = pngBytes(2, 2);
    png[19] = 0; // width 0
    png.set([0, 0, 0, 0], 16);
    expect(checkPictureFile(png)).toEqual({ ok: false, reason: 'notPicture' });
    expect(checkPictureFile(new Uint8Array(MAX_PICTURE_BYTES + 1))).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('places a picture at its natural size, scaled down to the cap', () => {
    expect(placedSize({ width: 400, height: 200 })).toEqual({ width: 300, height: 150 });
    expect(placedSize({ width: 1600, height: 400 })).toEqual({ width: 480, height: 120 });
    expect(placedSize({ width: 300, height: 1200 })).toEqual({ width: 90, height: 360 });
  });

  it('names frames and encodes bytes', () => {
    expect(newPictureName(['Image 1', 'Graphique'], 'Image')).toBe('Image 3');
    expect(newPictureName([], 'Image')).toBe('Image 1');
    expect(toBase64(new Uint8Array([0, 255, 16]))).toBe('AP8Q');
  });
});
