import { describe, expect, it } from 'vitest';
import { compareSlides, slidesOfFlatOdp } from './deck-content.js';

const page = (text: string, notes = ''): string =>
  `<draw:page draw:name="p"><draw:frame><draw:text-box><text:p>${text}</text:p></draw:text-box></draw:frame>` +
  `<presentation:notes><draw:frame presentation:class="notes"><draw:text-box><text:p>${notes}</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>`;
const doc = (...pages: string[]): string => `<office:document><office:master-styles><style:master-page><draw:frame><text:p>Maître</text:p></draw:frame></style:master-page></office:master-styles><office:body><office:presentation>${pages.join('')}</office:presentation></office:body></office:document>`;

describe('deck content from LibreOffice flat ODF', () => {
  it('reads each slide’s text and notes, master pages left out, entities and spacing normalised', () => {
    const picture = '<draw:frame><draw:image><office:binary-data>iVBORw0KGgo=</office:binary-data></draw:image></draw:frame>';
    expect(slidesOfFlatOdp(doc(page(`Bilan<text:s/> &amp; <text:span>suite</text:span>${picture}`, 'Dire bonjour'), '<draw:page draw:name="vide"/>'))).toEqual([
      { text: 'Bilan & suite', notes: 'Dire bonjour' },
      { text: '', notes: '' },
    ]);
  });

  it('leaves out the settings of embedded documents, which are no slide text', () => {
    const object = (rsid: string): string =>
      `<draw:frame><draw:object><office:document><office:settings><config:config-item config:name="Rsid">${rsid}</config:config-item></office:settings>` +
      '<office:body><office:text><text:p>Objet</text:p></office:text></office:body></office:document></draw:object></draw:frame>';
    expect(slidesOfFlatOdp(doc(page(`Titre${object('2012197')}`)))).toEqual([{ text: 'Titre Objet', notes: '' }]);
    expect(compareSlides(doc(page(`Titre${object('2012197')}`)), doc(page(`Titre${object('506752')}`)))).toEqual({ matched: 1, total: 1 });
  });

  it('takes a slide number field as a field, whatever content LibreOffice exported for it, and leaves out embedded documents’ metadata', () => {
    const meta = '<draw:object><office:document><office:meta><meta:generator>LibreOffice/7.4</meta:generator></office:meta></office:document></draw:object>';
    expect(slidesOfFlatOdp(doc(page(`Page <text:page-number>22</text:page-number>${meta}`)))).toEqual([{ text: 'Page #page#', notes: '' }]);
    expect(compareSlides(doc(page('Page <text:page-number>22</text:page-number>')), doc(page('Page <text:page-number>&lt;number&gt;</text:page-number>')))).toEqual({ matched: 1, total: 1 });
    expect(compareSlides(doc(page('Page 22')), doc(page('Page <text:page-number>22</text:page-number>')))).toEqual({ matched: 0, total: 1 });
  });

  it('counts slides equal at the same place, a missing slide as a mismatch', () => {
    expect(compareSlides(doc(page('a', 'n'), page('b')), doc(page('a', 'n'), page('b')))).toEqual({ matched: 2, total: 2 });
    expect(compareSlides(doc(page('a', 'n'), page('b')), doc(page('a', 'autre')))).toEqual({ matched: 0, total: 2 });
  });
});
