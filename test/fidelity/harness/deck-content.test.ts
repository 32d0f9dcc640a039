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

  it('takes alt text before a text frame’s text, where LibreOffice writes it for a custom shape', () => {
    const custom = '<draw:custom-shape><svg:desc>Bas : question</svg:desc><text:p>Question</text:p></draw:custom-shape>';
    const frame = '<draw:frame><draw:text-box><text:p>Question</text:p></draw:text-box><svg:desc>Bas : question</svg:desc></draw:frame>';
    const other = '<draw:frame><draw:text-box><text:p>Autre</text:p></draw:text-box></draw:frame>';
    expect(compareSlides(doc(`<draw:page>${other}${custom}</draw:page>`), doc(`<draw:page>${other}${frame}</draw:page>`))).toEqual({ matched: 1, total: 1 });
    expect(slidesOfFlatOdp(doc(`<draw:page>${other}${frame}</draw:page>`))).toEqual([{ text: 'Autre Bas : question Question', notes: '' }]);
    // Alt text lost still counts.
    expect(compareSlides(doc(`<draw:page>${custom}</draw:page>`), doc(`<draw:page>${frame.replace(/<svg:desc>.*<\/svg:desc>/, '')}</draw:page>`))).toEqual({ matched: 0, total: 1 });
  });

  it('leaves out the styles of embedded charts (data style literals, label separators), not their text', () => {
    const chart = (styles: string, title: string): string =>
      `<draw:frame><draw:object><office:document><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:chart><chart:title><text:p>${title}</text:p></chart:title></office:chart></office:body></office:document></draw:object></draw:frame>`;
    const percent = '<number:percentage-style style:name="N10"><number:number/><number:text>%</number:text></number:percentage-style>';
    const separator = '<style:style style:name="ch7"><style:chart-properties><chart:label-separator><text:p>; </text:p></chart:label-separator></style:chart-properties></style:style>';
    expect(compareSlides(doc(page(`Ventes${chart(percent + separator, 'Par mois')}`)), doc(page(`Ventes${chart(separator + separator + percent, 'Par mois')}`)))).toEqual({ matched: 1, total: 1 });
    expect(compareSlides(doc(page(`Ventes${chart(percent, 'Par mois')}`)), doc(page(`Ventes${chart(percent, 'Par an')}`)))).toEqual({ matched: 0, total: 1 });
  });

  it('counts slides equal at the same place, a missing slide as a mismatch', () => {
    expect(compareSlides(doc(page('a', 'n'), page('b')), doc(page('a', 'n'), page('b')))).toEqual({ matched: 2, total: 2 });
    expect(compareSlides(doc(page('a', 'n'), page('b')), doc(page('a', 'autre')))).toEqual({ matched: 0, total: 2 });
  });
});
