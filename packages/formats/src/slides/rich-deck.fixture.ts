/**
 * A deck using what real decks use (shared by the round-trip and LibreOffice tests): a master
 * with text styles and a logo, two layouts, rich text, preset shapes, a cropped picture, a table
 * with merged cells, a group, a connector, backgrounds, a hidden slide without the master's logo and transitions.
 */
import { zlibSync } from 'fflate';
import type { Deck, DeckShape } from '@ostal/model';

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A real PNG of `w` x `h` pixels in one colour. */
export function solidPng(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const raw = new Uint8Array(h * (1 + w * 3));
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.set(rgb, y * (1 + w * 3) + 1 + x * 3);
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const v = new DataView(out.buffer);
    v.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const hv = new DataView(ihdr.buffer);
  hv.setUint32(0, w);
  hv.setUint32(4, h);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const png = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

const title = (text: string): DeckShape => ({
  kind: 'shape',
  id: 2,
  name: 'Titre 1',
  geometry: 'rect',
  placeholder: { type: 'title' },
  text: { paragraphs: [{ runs: [{ text }] }] },
});

export const richDeck: Deck = {
  kind: 'deck',
  version: 2,
  meta: { title: 'Rapport annuel' },
  size: { cx: 12_192_000, cy: 6_858_000 },
  theme: { name: 'Marianne', colors: { dk1: '000000', lt1: 'FFFFFF', dk2: '000091', lt2: 'F5F5FE', accent1: '000091', accent2: 'E1000F', accent3: '6A6AF4', accent4: 'FFCA00', accent5: '009081', accent6: 'A558A0', hlink: '0063CB', folHlink: '6E445A' }, majorFont: 'Marianne', minorFont: 'Arial' },
  masters: [
    {
      id: 'm1',
      name: 'Ministère',
      background: { kind: 'solid', color: { rgb: 'FFFFFF' } },
      titleStyle: [{ paragraph: { align: 'left' }, run: { size: 4000, bold: true, color: { scheme: 'tx2' } } }],
      bodyStyle: [
        { paragraph: { marginLeft: 228_600, indent: -228_600, bullet: { kind: 'char', char: '•' } }, run: { size: 2400 } },
        { paragraph: { marginLeft: 685_800, indent: -228_600, bullet: { kind: 'char', char: '–' } }, run: { size: 2000 } },
      ],
      shapes: [
        { kind: 'shape', id: 2, name: 'Title Placeholder', geometry: 'rect', placeholder: { type: 'title' }, xfrm: { x: 838_200, y: 365_125, cx: 10_515_600, cy: 1_325_563 }, text: { paragraphs: [{ runs: [{ text: 'Titre' }] }] } },
        { kind: 'shape', id: 3, name: 'Text Placeholder', geometry: 'rect', placeholder: { type: 'body', idx: 1 }, xfrm: { x: 838_200, y: 1_825_625, cx: 10_515_600, cy: 4_351_338 }, text: { paragraphs: [{ runs: [{ text: 'Texte' }] }] } },
        { kind: 'picture', id: 4, name: 'Logo', media: 'logo.png', xfrm: { x: 10_800_000, y: 6_120_000, cx: 1_080_000, cy: 540_000 } },
      ],
    },
  ],
  layouts: [
    {
      id: 'l1',
      master: 'm1',
      name: 'Titre et contenu',
      type: 'obj',
      shapes: [
        { kind: 'shape', id: 2, name: 'Title', geometry: 'rect', placeholder: { type: 'title' } },
        { kind: 'shape', id: 3, name: 'Content', geometry: 'rect', placeholder: { type: 'body', idx: 1 } },
      ],
    },
    { id: 'l2', master: 'm1', name: 'Titre seul', type: 'titleOnly', shapes: [{ kind: 'shape', id: 2, name: 'Title', geometry: 'rect', placeholder: { type: 'title' }, xfrm: { x: 838_200, y: 2_766_219, cx: 10_515_600, cy: 1_325_563 } }] },
  ],
  media: { 'logo.png': { type: 'image/png', data: solidPng(40, 20, [0, 0, 145]) }, 'photo.png': { type: 'image/png', data: solidPng(64, 48, [225, 0, 15]) } },
  slides: [
    {
      id: 'a',
      title: 'Bilan 2024',
      body: ['Premier point', 'Détail du point'],
      notes: 'Présenter le bilan\nen deux minutes',
      layout: 'l1',
      transition: { kind: 'push', direction: 'l', durationMs: 700 },
      shapes: [
        title('Bilan 2024'),
        {
          kind: 'shape',
          id: 3,
          name: 'Contenu 2',
          geometry: 'rect',
          placeholder: { type: 'body', idx: 1 },
          text: {
            paragraphs: [
              { runs: [{ text: 'Premier ' }, { text: 'point', style: { bold: true, color: { rgb: 'E1000F' } } }] },
              { runs: [{ text: 'Détail du point', style: { italic: true, size: 1800 } }], style: { level: 1 } },
            ],
          },
        },
        {
          kind: 'shape',
          id: 4,
          name: 'Flèche',
          geometry: 'rightArrow',
          xfrm: { x: 7_200_000, y: 4_680_000, cx: 2_160_000, cy: 720_000, rot: 1_800_000 },
          fill: { kind: 'solid', color: { rgb: '009081' } },
          line: { width: 25_400, fill: { kind: 'solid', color: { rgb: '000091' } } },
          text: { paragraphs: [{ runs: [{ text: 'Hausse' }], style: { align: 'center' } }], props: { anchor: 'middle' } },
        },
        {
          kind: 'shape',
          id: 5,
          name: 'Bulle',
          geometry: 'wedgeRectCallout',
          xfrm: { x: 360_000, y: 5_040_000, cx: 2_880_000, cy: 900_000 },
          fill: { kind: 'gradient', angle: 5_400_000, stops: [{ pos: 0, color: { rgb: 'FFFFFF' } }, { pos: 100_000, color: { rgb: 'F5F5FE' } }] },
          text: { paragraphs: [{ runs: [{ text: 'Voir annexe', style: { link: 'https://www.example.org/annexe' } }] }] },
        },
      ],
    },
    {
      id: 'b',
      title: 'Chiffres',
      body: [],
      notes: '',
      layout: 'l2',
      background: { kind: 'solid', color: { rgb: 'F5F5FE' } },
      shapes: [
        title('Chiffres'),
        {
          kind: 'table',
          id: 3,
          name: 'Tableau',
          xfrm: { x: 838_200, y: 1_800_000, cx: 7_200_000, cy: 1_112_520 },
          columns: [2_400_000, 2_400_000, 2_400_000],
          rows: [
            { height: 370_840, cells: [{ text: { paragraphs: [{ runs: [{ text: 'Région' }] }] }, fill: { kind: 'solid', color: { rgb: '000091' } } }, { text: { paragraphs: [{ runs: [{ text: '2023 et 2024' }] }] }, colSpan: 2 }, { text: { paragraphs: [] }, merged: true }] },
            { height: 370_840, cells: [{ text: { paragraphs: [{ runs: [{ text: 'Bretagne' }] }] } }, { text: { paragraphs: [{ runs: [{ text: '12' }] }] } }, { text: { paragraphs: [{ runs: [{ text: '15' }] }] } }] },
            { height: 370_840, cells: [{ text: { paragraphs: [{ runs: [{ text: 'Occitanie' }] }] } }, { text: { paragraphs: [{ runs: [{ text: '9' }] }] } }, { text: { paragraphs: [{ runs: [{ text: '11' }] }] } }] },
          ],
        },
        { kind: 'picture', id: 4, name: 'Photo', media: 'photo.png', xfrm: { x: 8_400_000, y: 1_800_000, cx: 2_880_000, cy: 2_160_000 }, crop: { left: 10_000, top: 0, right: 10_000, bottom: 0 } },
        {
          kind: 'group',
          id: 5,
          name: 'Schéma',
          xfrm: { x: 838_200, y: 3_600_000, cx: 3_600_000, cy: 1_080_000 },
          childSpace: { x: 838_200, y: 3_600_000, cx: 3_600_000, cy: 1_080_000 },
          children: [
            { kind: 'shape', id: 6, name: 'Ovale', geometry: 'ellipse', xfrm: { x: 838_200, y: 3_600_000, cx: 1_080_000, cy: 1_080_000 }, fill: { kind: 'solid', color: { rgb: '6A6AF4' } }, text: { paragraphs: [{ runs: [{ text: 'A' }] }] } },
            { kind: 'shape', id: 7, name: 'Carré', geometry: 'roundRect', xfrm: { x: 3_358_200, y: 3_600_000, cx: 1_080_000, cy: 1_080_000 }, fill: { kind: 'solid', color: { rgb: 'FFCA00' } }, text: { paragraphs: [{ runs: [{ text: 'B' }] }] } },
          ],
        },
        { kind: 'connector', id: 8, name: 'Lien', geometry: 'straightConnector1', xfrm: { x: 1_918_200, y: 4_140_000, cx: 1_440_000, cy: 0 }, line: { width: 19_050, fill: { kind: 'solid', color: { rgb: '000000' } }, tail: 'triangle' } },
      ],
    },
    {
      id: 'c',
      title: 'Annexe cachée',
      body: ['Réservé'],
      notes: '',
      layout: 'l1',
      hidden: true,
      hideMasterShapes: true,
      transition: { kind: 'fade', durationMs: 1000 },
      shapes: [
        title('Annexe cachée'),
        { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, text: { paragraphs: [{ runs: [{ text: 'Réservé' }] }] } },
        {
          kind: 'shape',
          id: 4,
          name: 'Numéro',
          geometry: 'rect',
          xfrm: { x: 10_800_000, y: 6_300_000, cx: 720_000, cy: 360_000 },
          text: { paragraphs: [{ runs: [{ text: 'Page ' }, { text: '3', field: 'slidenum' }] }] },
        },
      ],
    },
  ],
};
