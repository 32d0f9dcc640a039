/**
 * Rich speaker notes (formatted runs, numbered and bulleted paragraphs) kept by pptx, odp and
 * fodp and across, and seen by LibreOffice; notes edited as plain text replace them.
 */
import type { Deck, TextBody } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';

const notesBody: TextBody = {
  paragraphs: [
    { runs: [{ text: 'Rappeler ' }, { text: 'la date limite', style: { bold: true, color: { rgb: 'C00000' } } }, { text: ' aux équipes' }] },
    { runs: [{ text: 'Ouvrir la séance' }], style: { bullet: { kind: 'number', scheme: 'arabicPeriod' } } },
    { runs: [{ text: 'Présenter le budget' }], style: { bullet: { kind: 'number', scheme: 'arabicPeriod' } } },
    { runs: [{ text: 'détail en annexe', style: { italic: true } }], style: { level: 1, bullet: { kind: 'char', char: '–' } } },
  ],
};
const notes = 'Rappeler la date limite aux équipes\nOuvrir la séance\nPrésenter le budget\ndétail en annexe';

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: 'Budget', body: ['Points clés'], notes, notesBody }],
};

async function again(d: Deck, format: 'pptx' | 'odp' | 'fodp'): Promise<Deck> {
  return (await read(await write(d, format))).document as Deck;
}

/** What notes show: text, run looks, levels and bullets. */
function look(body: TextBody | undefined): unknown {
  return body?.paragraphs.map((p) => ({
    runs: p.runs.filter((r) => r.text !== '').map((r) => [r.text, r.style?.bold ?? false, r.style?.italic ?? false, r.style?.color ?? null]),
    level: p.style?.level ?? 0,
    bullet: p.style?.bullet ?? null,
  }));
}

describe('rich speaker notes', () => {
  it.each(['pptx', 'odp', 'fodp'] as const)('survive a %s round trip', async (format) => {
    const back = await again(deck, format);
    expect(back.slides[0]?.notes).toBe(notes);
    expect(look(back.slides[0]?.notesBody)).toEqual(look(notesBody));
  });

  it('survive pptx -> odp -> pptx and odp -> pptx -> odp', async () => {
    expect(look((await again(await again(await again(deck, 'pptx'), 'odp'), 'pptx')).slides[0]?.notesBody)).toEqual(look(notesBody));
    expect(look((await again(await again(await again(deck, 'odp'), 'pptx'), 'odp')).slides[0]?.notesBody)).toEqual(look(notesBody));
  });

  it('give way to notes edited as plain text', async () => {
    const edited: Deck = { ...deck, slides: [{ ...deck.slides[0]!, notes: 'Nouvelle note\nsur deux lignes' }] };
    for (const format of ['pptx', 'odp'] as const) {
      const back = await again(edited, format);
      expect(back.slides[0]?.notes).toBe('Nouvelle note\nsur deux lignes');
      expect(look(back.slides[0]?.notesBody)).toEqual([
        { runs: [['Nouvelle note', false, false, null]], level: 0, bullet: null },
        { runs: [['sur deux lignes', false, false, null]], level: 0, bullet: null },
      ]);
    }
  });

  it('are valid ODF and seen by LibreOffice with their list and bold run', async () => {
    expect(odfSchemaErrors(await write(deck, 'odp'))).toEqual([]);
    expect(odfSchemaErrors(await write(deck, 'fodp'), true)).toEqual([]);
    for (const format of ['pptx', 'odp'] as const) {
      const flat = libreofficeConvert(await write(deck, format), `notes.${format}`, 'fodp');
      const notesXml = /<presentation:notes.*?<\/presentation:notes>/s.exec(flat.slice(flat.indexOf('<office:body')))?.[0] ?? '';
      expect(notesXml).toMatch(/<text:list\b.*Ouvrir la séance.*Présenter le budget/s);
      const boldStyle = /<text:span text:style-name="([^"]+)">la date limite/.exec(notesXml)?.[1];
      expect(boldStyle).toBeDefined();
      expect(flat).toMatch(new RegExp(`<style:style style:name="${boldStyle ?? '?'}"[^>]*>\\s*<style:text-properties[^>]*fo:font-weight="bold"`));
    }
  });
});
