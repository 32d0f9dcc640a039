/** Slide number, footer and date placeholders of PPTX slides written to ODP as master furniture shown page by page, judged by LibreOffice. */
import type { Deck, DeckShape, Slide, TextRun } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const placeholder = (id: number, type: 'sldNum' | 'ftr' | 'dt', runs: TextRun[]): DeckShape => ({
  kind: 'shape',
  id,
  geometry: 'rect',
  placeholder: { type, idx: 10 + id },
  text: { paragraphs: [{ runs }] },
});

const slide = (id: string, title: string, shapes: DeckShape[]): Slide => ({
  id,
  title,
  body: [],
  notes: '',
  shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: { paragraphs: [{ runs: [{ text: title }] }] } }, ...shapes],
});

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    slide('a', 'Numérotée', [placeholder(3, 'sldNum', [{ text: '1', field: 'slidenum' }]), placeholder(4, 'ftr', [{ text: 'Préfecture du Rhône' }]), placeholder(5, 'dt', [{ text: '29/11/2026', field: 'datetime1' }])]),
    slide('b', 'Sans mobilier', []),
    slide('c', 'Page et date fixes', [placeholder(3, 'sldNum', [{ text: 'Page ' }, { text: '3', field: 'slidenum' }]), placeholder(5, 'dt', [{ text: 'Vendredi 21 octobre 2011' }])]),
  ],
};

function pages(fodp: string): string[] {
  return [...fodp.matchAll(/<draw:page\s[\s\S]*?<\/draw:page>/g)].map((m) => m[0]);
}

function displayOf(fodp: string, page: string): Record<string, string> {
  const style = /draw:style-name="([^"]+)"/.exec(page)?.[1] ?? '';
  const props = new RegExp(`<style:style style:name="${style}"[^>]*>\\s*<style:drawing-page-properties([^>]*)>`).exec(fodp)?.[1] ?? '';
  return Object.fromEntries([...props.matchAll(/presentation:display-([a-z-]+)="(true|false)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('slide furniture in ODP', () => {
  it('is valid ODF 1.3: master frames with fields, footer and date declarations named by the pages', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const files = unzipSync(odp);
    const content = new TextDecoder().decode(files['content.xml']);
    const styles = new TextDecoder().decode(files['styles.xml']);
    expect(content).toContain('<presentation:footer-decl presentation:name="ftr1">Préfecture du Rhône</presentation:footer-decl>');
    expect(content).toContain('presentation:source="current-date"');
    expect(styles).toMatch(/presentation:class="page-number"><draw:text-box><text:p[^>]*>(<text:span[^>]*>)?<text:page-number>/);
    // Unfilled, without outline (LibreOffice's default for a frame without a style is a blue box).
    const look = /<draw:frame presentation:style-name="([^"]+)"[^>]*presentation:class="page-number"/.exec(styles)?.[1];
    expect(styles).toMatch(new RegExp(`<style:style style:name="${look ?? '?'}" style:family="presentation"><style:graphic-properties draw:stroke="none" draw:fill="none"/>`));
    expect(styles).toMatch(/presentation:class="footer"><draw:text-box><text:p[^>]*>(<text:span[^>]*>)?<presentation:footer\/>/);
  });

  it('LibreOffice shows the number, footer and date only on the slides that had them, and keeps fixed texts on the page', async () => {
    const fodp = new TextDecoder().decode(libreofficeConvertBytes(await write(deck, 'odp'), 'furniture.odp', 'fodp'));
    const [a, b, c] = pages(fodp);
    expect(displayOf(fodp, a!)).toMatchObject({ 'page-number': 'true', footer: 'true', 'date-time': 'true' });
    expect(displayOf(fodp, b!)).toMatchObject({ 'page-number': 'false', footer: 'false', 'date-time': 'false' });
    // The master's number frame as LibreOffice keeps it: no fill, no outline.
    const frame = /<draw:frame presentation:style-name="([^"]+)"[^>]*presentation:class="page-number"/.exec(fodp)?.[1] ?? '?';
    const look = new RegExp(`<style:style style:name="${frame}"[^>]*>\\s*<style:graphic-properties([^>]*)>`).exec(fodp)?.[1] ?? '';
    expect(look).toContain('draw:fill="none"');
    expect(look).toContain('draw:stroke="none"');
    expect(a).not.toContain('Préfecture du Rhône');
    expect(fodp).toMatch(/<presentation:footer-decl presentation:name="[^"]+">Préfecture du Rhône</);
    // "Page <number>" and a fixed date are the slide's own text, as LibreOffice reads them from PPTX.
    expect(c).toMatch(/Page <text:page-number[^>]*>/);
    expect(c).toContain('Vendredi 21 octobre 2011');
    expect(displayOf(fodp, c!)).toMatchObject({ 'page-number': 'false', 'date-time': 'false' });
  });

  it('keeps a number, footer or date placed or coloured on the slide as a frame of the page, as LibreOffice reads such a PPTX', async () => {
    const placed: DeckShape = { ...placeholder(3, 'sldNum', [{ text: '1', field: 'slidenum' }]), xfrm: { x: 250_825, y: 6_519_863, cx: 396_875, cy: 365_125 } };
    const coloured = placeholder(4, 'ftr', [{ text: 'Direction', style: { color: { rgb: '000000' } } }]);
    const content = new TextDecoder().decode(unzipSync(await write({ ...deck, slides: [slide('p', 'Placée', [placed, coloured])] }, 'odp'))['content.xml']);
    const page = pages(content)[0] ?? '';
    expect(page).toMatch(/presentation:class="page-number"[\s\S]*<text:page-number/);
    expect(page).toMatch(/presentation:class="footer"[\s\S]*Direction/);
    expect(content).not.toContain('presentation:footer-decl');
    expect(displayOf(content, page)).toMatchObject({ 'page-number': 'false', footer: 'false' });
  });

  it('reads back as the slides’ own placeholders, so a PPTX written from the ODP shows them again', async () => {
    const back = (await read(await write(deck, 'odp'), { format: 'odp' })).document as Deck;
    const furniture = (s: Slide): string[] =>
      (s.shapes ?? []).flatMap((sh) => (sh.kind === 'shape' && sh.placeholder && ['sldNum', 'ftr', 'dt'].includes(sh.placeholder.type) ? [`${sh.placeholder.type}:${sh.text?.paragraphs.flatMap((p) => p.runs.map((r) => r.field ?? r.text)).join('')}`] : []));
    expect(back.slides.map(furniture)).toEqual([['dt:datetime1', 'ftr:Préfecture du Rhône', 'sldNum:slidenum'], [], ['sldNum:Page slidenum', 'dt:Vendredi 21 octobre 2011']]);
    const pptx = unzipSync(await write(back, 'pptx'));
    const first = new TextDecoder().decode(pptx['ppt/slides/slide1.xml']);
    expect(first).toMatch(/<p:ph type="sldNum"/);
    expect(first).toContain('Préfecture du Rhône');
    expect(new TextDecoder().decode(pptx['ppt/slides/slide2.xml'])).not.toMatch(/type="(sldNum|ftr|dt)"/);
  });
});
