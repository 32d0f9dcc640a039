import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { EmbeddedObject, TextDocument, TextMedia } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { decodeBase64 } from './text-media.js';
import { vmlPlacement } from './wml-vml-placement.js';

const PNG = decodeBase64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')!;
/** An OLE compound file's signature and some bytes (kept opaque, never opened). */
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 504 }, (_, i) => i % 251)]);
const media: TextMedia = { 'image1.png': { mime: 'image/png', bytes: PNG }, 'oleObject1.bin': { mime: 'application/vnd.openxmlformats-officedocument.oleObject', bytes: OLE } };
const object: EmbeddedObject = { kind: 'ole', data: 'media:oleObject1.bin', progId: 'Excel.Sheet.8', icon: false };

/** A worksheet object floating 2 cm right of the margin, 1 cm below its paragraph, text flowing around it. */
const floating = {
  src: 'media:image1.png',
  width: 1_800_000,
  height: 720_000,
  placement: 'anchored',
  x: 720_000,
  y: 360_000,
  xRelative: 'margin',
  yRelative: 'paragraph',
  wrap: 'square',
  z: 3,
  object,
};

function documentWith(attrs: Record<string, unknown>): TextDocument {
  const { paragraph, image, doc } = textSchema.nodes as Record<string, NonNullable<(typeof textSchema.nodes)[string]>>;
  return textDocumentFromNode(doc!.create(null, [paragraph!.create(null, [textSchema.text('Le tableau '), image!.create(attrs), textSchema.text(' flotte.')])]), undefined, media);
}

const objects = (doc: TextDocument): PMNode[] => {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'image' && n.attrs.object !== null) out.push(n);
  });
  return out;
};
const placementOf = (n: PMNode): Record<string, unknown> => {
  const { placement, x, y, xRelative, yRelative, xAlign, yAlign, wrap, z } = n.attrs;
  return { placement, x, y, xRelative, yRelative, xAlign, yAlign, wrap, z };
};
const expected = { placement: 'anchored', x: 720_000, y: 360_000, xRelative: 'margin', yRelative: 'paragraph', xAlign: null, yAlign: null, wrap: 'square', z: 3 };

describe('floating embedded objects', () => {
  it('are written to DOCX as Word writes a floating object: an absolutely placed VML shape with its wrap', async () => {
    const docx = await write(documentWith(floating), 'docx');
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const shape = /<w:object [^>]*xmlns:w10="urn:schemas-microsoft-com:office:word"[^>]*><v:shape [^>]*style="([^"]+)"[^>]*>(.*?)<\/v:shape>/.exec(xml);
    expect(shape?.[1]).toBe('position:absolute;margin-left:56.692913pt;margin-top:28.346457pt;z-index:3;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;width:141.73pt;height:56.69pt');
    expect(shape?.[2]).toContain('<w10:wrap type="square"/>');
    const [back] = objects((await read(docx)).document as TextDocument);
    expect(placementOf(back!)).toEqual(expected);
    expect(back!.attrs.object).toMatchObject({ kind: 'ole', progId: 'Excel.Sheet.8' });
  });

  it('keep their alignment, page frame and a place behind the text through DOCX', async () => {
    const behind = { ...floating, xAlign: 'center', yAlign: 'top', xRelative: 'page', yRelative: 'page', wrap: 'behind', z: 0 };
    const [back] = objects((await read(await write(documentWith(behind), 'docx'))).document as TextDocument);
    // Word places a shape behind the text with a negative z-index; alignments replace the offsets.
    expect(placementOf(back!)).toEqual({ ...expected, x: 0, y: 0, xAlign: 'center', yAlign: 'top', xRelative: 'page', yRelative: 'page', wrap: 'behind', z: 1 });
  });

  it('stay inline when they were', async () => {
    const docx = await write(documentWith({ ...floating, placement: 'inline' }), 'docx');
    expect(strFromU8(unzipSync(docx)['word/document.xml']!)).not.toContain('position:absolute');
    expect(objects((await read(docx)).document as TextDocument)[0]!.attrs.placement).toBe('inline');
  });

  it('read the placement Word gives a floating object', () => {
    const style = new Map(Object.entries({ position: 'absolute', 'margin-left': '85.05pt', 'margin-top': '12.3pt', 'z-index': '251659264', 'mso-position-horizontal': 'right', 'mso-position-horizontal-relative': 'char', 'mso-position-vertical-relative': 'line' }));
    const pt = (v: string | undefined, fallback: number): number => (v === undefined ? fallback : Math.round(Number.parseFloat(v) * 12700));
    // The alignment across replaces the margin there.
    expect(vmlPlacement(style, 'topAndBottom', pt)).toEqual({ placement: 'anchored', x: 0, y: 156_210, wrap: 'top-bottom', z: 251659264, xRelative: 'character', yRelative: 'line', xAlign: 'right' });
    expect(vmlPlacement(new Map([['margin-left', '85.05pt']]), 'square', pt)).toMatchObject({ x: 1_080_135, wrap: 'square' });
    expect(vmlPlacement(new Map([['z-index', '-5']]), undefined, pt)).toMatchObject({ wrap: 'behind', z: 5 });
    expect(vmlPlacement(new Map(), 'none', pt)).toMatchObject({ wrap: 'in-front', z: 0 });
  });

  it('go from DOCX to ODT as an anchored draw:frame (position, wrap), and LibreOffice floats the DOCX one too', async () => {
    const docx = await write(documentWith(floating), 'docx');
    const fromDocx = (await read(docx)).document as TextDocument;
    const odt = await write(fromDocx, 'odt');
    const content = strFromU8(unzipSync(odt)['content.xml']!);
    const frame = /<draw:frame [^>]*>(?=<draw:object-ole)/.exec(content)?.[0] ?? '';
    expect(frame).toContain('text:anchor-type="char"');
    expect(frame).toMatch(/svg:x="2(\.0+)?cm"/);
    expect(frame).toMatch(/svg:y="1(\.0+)?cm"/);
    const style = /draw:style-name="([^"]+)"/.exec(frame)?.[1];
    expect(content).toMatch(new RegExp(`<style:style style:name="${style!}" style:family="graphic"><style:graphic-properties style:wrap="parallel"[^>]*style:horizontal-rel="page-content"`));
    expect(placementOf(objects((await read(odt)).document as TextDocument)[0]!)).toEqual(expected);
    // LibreOffice reads Ostal's DOCX object as a frame anchored to the character, not as one in the line.
    const fodt = libreofficeConvert(docx, 'floating.docx', 'fodt');
    const loFrame = /<draw:frame [^>]*>\s*<draw:object-ole/.exec(fodt)?.[0] ?? '';
    expect(loFrame).toMatch(/text:anchor-type="(char|paragraph)"/);
  });
});
