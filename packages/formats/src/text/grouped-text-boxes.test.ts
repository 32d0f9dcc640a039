import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { miniDocx } from '../../../../test/support/text-docs.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:v="urn:schemas-microsoft-com:vml"';

const box = (text: string): string => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
const wsp = (x: number, y: number, cx: number, cy: number, inner: string, fill = '<a:noFill/>'): string =>
  `<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="${String(x)}" y="${String(y)}"/><a:ext cx="${String(cx)}" cy="${String(cy)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}</wps:spPr>${inner}<wps:bodyPr/></wps:wsp>`;

/**
 * An anchored group 4 cm × 2 cm at (1 cm, 0.5 cm) whose children live in a space twice as large
 * (chExt 8 cm × 4 cm): a filled rectangle and two text boxes. The VML fallback holds the same.
 */
const anchoredGroup =
  `<w:p ${NS}><w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="5" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>360000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>180000</wp:posOffset></wp:positionV>' +
  '<wp:extent cx="1440000" cy="720000"/><wp:wrapNone/><wp:docPr id="1" name="Groupe"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>' +
  '<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1440000" cy="720000"/><a:chOff x="100000" y="0"/><a:chExt cx="2880000" cy="1440000"/></a:xfrm></wpg:grpSpPr>' +
  wsp(100000, 0, 2880000, 1440000, '', '<a:solidFill><a:srgbClr val="203864"/></a:solidFill>') +
  wsp(100000, 0, 1440000, 720000, `<wps:txbx>${box('Boîte gauche')}</wps:txbx>`) +
  wsp(1540000, 720000, 1440000, 720000, `<wps:txbx>${box('Boîte droite')}</wps:txbx>`) +
  '</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
  `<v:group style="position:absolute;margin-left:28.35pt;margin-top:14.2pt;width:113.4pt;height:56.7pt" coordorigin="100000,0" coordsize="2880000,1440000"><v:shape style="position:absolute;left:100000;top:0;width:1440000;height:720000"><v:textbox>${box('Boîte gauche')}</v:textbox></v:shape></v:group>` +
  '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';

/** A VML-only group (no DrawingML choice): 200 pt × 100 pt, coordinates 0–1000 × 0–500. */
const vmlOnlyGroup =
  `<w:p ${NS}><w:r><w:pict><v:group style="position:absolute;margin-left:10pt;margin-top:20pt;width:200pt;height:100pt" coordsize="1000,500">` +
  '<v:rect style="position:absolute;left:0;top:0;width:1000;height:500" fillcolor="#c00000"/>' +
  `<v:shape style="position:absolute;left:500;top:250;width:500;height:250"><v:textbox>${box('Coin VML')}</v:textbox></v:shape>` +
  '</v:group></w:pict></w:r></w:p>';

const frames = (doc: TextDocument): PMNode[] => {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'text_frame') out.push(n);
  });
  return out;
};
const shapes = (doc: TextDocument): PMNode[] => {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'shape') out.push(n);
  });
  return out;
};
const geometry = (f: PMNode): Record<string, unknown> => ({ text: f.textContent, width: f.attrs.width, height: f.attrs.height, placement: f.attrs.placement, x: f.attrs.x, y: f.attrs.y });

describe('text boxes inside groups (DOCX)', () => {
  it('become a frame each, of its own size, where it sits in the anchored group, over the group’s other shapes', async () => {
    const doc = (await read(miniDocx(anchoredGroup))).document as TextDocument;
    // Children are drawn at half their size (chExt is twice ext); x from the group's chOff.
    expect(frames(doc).map(geometry)).toEqual([
      { text: 'Boîte gauche', width: 720000, height: 360000, placement: 'anchored', x: 360000, y: 180000 },
      { text: 'Boîte droite', width: 720000, height: 360000, placement: 'anchored', x: 360000 + 720000, y: 180000 + 360000 },
    ]);
    const [group] = shapes(doc);
    expect(group?.attrs.geometry).toBe('group');
    expect(group?.attrs.children).toEqual(expect.arrayContaining([expect.objectContaining({ fill: '#203864', x: 0, y: 0, width: 1440000, height: 720000 })]));
    // The group keeps no copy of its XML: the boxes' text would be written twice.
    expect(group?.attrs.source).toBeNull();
  });

  it('maps VML group coordinates to the group’s size instead of reading them as pixels', async () => {
    const doc = (await read(miniDocx(vmlOnlyGroup))).document as TextDocument;
    // 200 pt = 2,540,000 EMU over 1000 units: the box at (500, 250) is 100 pt × 50 pt, 100 pt in.
    expect(frames(doc).map(geometry)).toEqual([{ text: 'Coin VML', width: 1270000, height: 635000, placement: 'anchored', x: 127000 + 1270000, y: 254000 + 635000 }]);
    expect(shapes(doc).map((s) => s.attrs.geometry as string)).toEqual(['group']);
  });

  it('writes each box’s text once to DOCX and ODT, as LibreOffice reads them', async () => {
    const doc = (await read(miniDocx(anchoredGroup + vmlOnlyGroup))).document as TextDocument;
    for (const format of ['docx', 'odt'] as const) {
      // LibreOffice's plain-text export leaves frames out: its ODT's content is the judge.
      const odt = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(doc, format), `groupes.${format}`, 'odt')));
      const text = strFromU8(odt['content.xml']!);
      for (const words of ['Boîte gauche', 'Boîte droite', 'Coin VML']) expect(text.split(words).length - 1, `${words} in ${format}`).toBe(1);
    }
    const back = (await read(await write(doc, 'docx'))).document as TextDocument;
    expect(frames(back).map(geometry)).toEqual(frames(doc).map(geometry));
  }, 300_000); // two LibreOffice conversions on a loaded machine

  it('reads the ONLYOFFICE sample’s grouped boxes within the page, its bullet list once', async () => {
    const doc = (await read(new Uint8Array(readFileSync(`${CORPUS}/docx/onlyoffice-sample-sample.docx`)))).document as TextDocument;
    const body = frames(doc);
    expect(body.map((f) => f.attrs.placement as string)).toEqual(['inline']);
    // Within a 21 cm page (the VML fallback's child units read as pixels made it 16 m wide).
    expect(body[0]!.attrs.width).toBeLessThan(21 * 360000);
    expect(textDocumentToNode(doc).textContent.split('View & Edit documents directly in browser').length - 1).toBe(1);
    const header = doc.content.attrs?.section as { headers: { default: { content: { type: string; attrs: { width: number } }[] } } };
    const headerFrames = header.headers.default.content.filter((b) => b.type === 'text_frame');
    expect(headerFrames.length).toBe(3);
    for (const f of headerFrames) expect(f.attrs.width).toBeLessThan(21 * 360000);
  });
});
