/**
 * Bullets and numbering of a paragraph's own (not the master's): kept by pptx, odp and fodp,
 * across formats, valid ODF, and shown by LibreOffice (its PDF export shows the labels).
 */
import type { Bullet, Deck, DeckShape, TextParagraph } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficePdfText } from '../../../../test/support/libreoffice.js';
import { read, write } from '../index.js';

const para = (text: string, bullet?: Bullet, level = 0): TextParagraph => ({ runs: [{ text }], style: { ...(level ? { level } : {}), ...(bullet ? { bullet } : {}) } });

const box = (id: number, y: number, paragraphs: TextParagraph[]): DeckShape => ({
  kind: 'shape',
  id,
  name: `Zone ${String(id)}`,
  geometry: 'rect',
  textBox: true,
  xfrm: { x: 900_000, y, cx: 6_000_000, cy: 2_400_000 },
  text: { paragraphs },
});

const steps: Bullet = { kind: 'number', scheme: 'arabicPeriod', startAt: 3 };
const letters: Bullet = { kind: 'number', scheme: 'alphaLcParenR' };
const outlineNumber: Bullet = { kind: 'number', scheme: 'arabicParenR' };
const dash: Bullet = { kind: 'char', char: '–', font: 'Arial', color: { rgb: 'C00000' } };

export const listDeck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    {
      id: 's1',
      title: 'Procédure',
      body: [],
      notes: '',
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: { paragraphs: [para('Procédure')] } },
        box(3, 1_400_000, [para('Étape ouverte', steps), para('Étape suivie', steps), para('Sous-point', letters, 1), para('Autre sous-point', letters, 1), para('Étape finale', steps), para('Sans puce')]),
        box(4, 4_000_000, [para('Vigilance', dash), para('Contrôle', dash), para('Détail romain', { kind: 'number', scheme: 'romanUcPeriod' }, 1)]),
      ],
    },
    {
      id: 's2',
      title: 'Plan',
      body: ['Premier', 'Aparté', 'Deuxième', 'Sous-partie'],
      notes: '',
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: { paragraphs: [para('Plan')] } },
        {
          kind: 'shape',
          id: 3,
          geometry: 'rect',
          placeholder: { type: 'body', idx: 1 },
          text: { paragraphs: [para('Premier', outlineNumber), para('Aparté', { kind: 'none' }), para('Deuxième', outlineNumber), para('Sous-partie', outlineNumber, 1)] },
        },
      ],
    },
  ],
};

function bullets(deck: Deck, slide = 0): unknown[] {
  return (deck.slides[slide]?.shapes ?? []).flatMap((s) =>
    s.kind === 'shape' && s.placeholder?.type !== 'title' ? (s.text?.paragraphs ?? []).map((p) => [p.runs.map((r) => r.text).join(''), p.style?.level ?? 0, p.style?.bullet ?? null]) : [],
  );
}

const expected = [
  ['Étape ouverte', 0, steps],
  ['Étape suivie', 0, steps],
  ['Sous-point', 1, letters],
  ['Autre sous-point', 1, letters],
  ['Étape finale', 0, steps],
  ['Sans puce', 0, null],
  ['Vigilance', 0, dash],
  ['Contrôle', 0, dash],
  ['Détail romain', 1, { kind: 'number', scheme: 'romanUcPeriod' }],
];

async function again(deck: Deck, format: 'pptx' | 'odp' | 'fodp'): Promise<Deck> {
  return (await read(await write(deck, format))).document as Deck;
}


const expectedOutline = [
  ['Premier', 0, outlineNumber],
  ['Aparté', 0, { kind: 'none' }],
  ['Deuxième', 0, outlineNumber],
  ['Sous-partie', 1, outlineNumber],
];

describe('paragraph bullets and numbering', () => {
  it.each(['pptx', 'odp', 'fodp'] as const)('survive a %s round trip', async (format) => {
    const back = await again(listDeck, format);
    expect(bullets(back)).toEqual(expected);
    expect(bullets(back, 1)).toEqual(expectedOutline);
  });

  it('survive pptx -> odp -> pptx and odp -> pptx -> odp', async () => {
    expect(bullets(await again(await again(await again(listDeck, 'pptx'), 'odp'), 'pptx'))).toEqual(expected);
    expect(bullets(await again(await again(await again(listDeck, 'odp'), 'pptx'), 'odp'))).toEqual(expected);
    expect(bullets(await again(await again(listDeck, 'pptx'), 'odp'), 1)).toEqual(expectedOutline);
  });

  it('are written as valid ODF lists, one list while the numbering runs on', async () => {
    const bytes = await write(listDeck, 'fodp');
    expect(odfSchemaErrors(bytes, true)).toEqual([]);
    expect(odfSchemaErrors(await write(listDeck, 'odp'))).toEqual([]);
    const xml = new TextDecoder().decode(bytes);
    expect(xml).toMatch(/<text:list-level-style-number text:level="1" style:num-suffix="\." style:num-format="1" text:start-value="3"/);
    expect(xml).toMatch(/<text:list-level-style-number text:level="2" style:num-suffix="\)" style:num-format="a"/);
    // The three steps and their sub-points make one list: the numbering goes 3, 4, 5.
    const first = /<draw:text-box>(.*?)<\/draw:text-box>/gs.exec(xml.slice(xml.indexOf('Zone 3')))?.[1] ?? '';
    expect(first.match(/<text:list /g)).toHaveLength(1);
  });

  it('read the start values and list headers of an ODF list', async () => {
    const deck = (await read(await write(listDeck, 'fodp'))).document as Deck;
    const xml = new TextDecoder()
      .decode(await write(deck, 'fodp'))
      .replace('<text:list-item><text:p>Étape finale', '<text:list-item text:start-value="9"><text:p>Étape finale')
      .replace('<text:list-item><text:p>Vigilance</text:p></text:list-item>', '<text:list-header><text:p>Vigilance</text:p></text:list-header>');
    const back = bullets((await read(new TextEncoder().encode(xml))).document as Deck);
    expect(back[4]).toEqual(['Étape finale', 0, { ...steps, startAt: 9 }]);
    expect(back[6]).toEqual(['Vigilance', 0, { kind: 'none' }]);
    expect(back[7]).toEqual(['Contrôle', 0, dash]);
  });

  it('show no label on an empty paragraph in ODP, as PowerPoint shows none, and the numbering runs on past it', async () => {
    const gaps: Deck = { ...listDeck, slides: [{ id: 'g', title: '', body: [], notes: '', shapes: [box(3, 1_400_000, [para('Un', steps), para('', steps), para('Deux', steps), para('Vigilance', dash), para('', dash), para('Contrôle', dash), para('', dash)])] }] };
    const odp = await write(gaps, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const text = libreofficePdfText(odp, 'vides.odp');
    expect(text).toMatch(/3\.\s*Un/);
    expect(text).toMatch(/4\.\s*Deux/);
    expect(text).not.toMatch(/5\./);
    expect(text.match(/–/g)).toHaveLength(2);
    // Read back, the empty paragraphs keep their list's bullet, for the text typed into them.
    const back = (await read(odp)).document as Deck;
    expect(bullets(back)).toEqual([['Un', 0, steps], ['', 0, steps], ['Deux', 0, steps], ['Vigilance', 0, dash], ['', 0, dash], ['Contrôle', 0, dash], ['', 0, dash]]);
  });

  it.each(['pptx', 'odp'] as const)('are shown by LibreOffice in a %s', async (format) => {
    const text = libreofficePdfText(await write(listDeck, format), `listes.${format}`);
    expect(text).toMatch(/3\.\s*Étape ouverte/);
    expect(text).toMatch(/4\.\s*Étape suivie/);
    expect(text).toMatch(/a\)\s*Sous-point/);
    expect(text).toMatch(/b\)\s*Autre sous-point/);
    expect(text).toMatch(/5\.\s*Étape finale/);
    expect(text).toMatch(/–\s*Vigilance/);
    expect(text).toMatch(/I\.\s*Détail romain/);
    expect(text).toMatch(/^\s*Sans puce/m);
    expect(text).toMatch(/1\)\s*Premier/);
    expect(text).toMatch(/^\s*Aparté/m);
    expect(text).toMatch(/2\)\s*Deuxième/);
    expect(text).toMatch(/1\)\s*Sous-partie/);
  });
});
