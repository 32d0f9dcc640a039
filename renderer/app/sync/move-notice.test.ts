import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator.js';
import { moveKind, moveNotice } from './move-notice.js';

const root = 'https://exo.region.fr/webdav/drives/';

describe('what the window says of a document found elsewhere on the platform', () => {
  it('tells a rename in its folder from a move to another folder', () => {
    expect(moveKind(`${root}RH/note.odt`, `${root}RH/note%20sign%C3%A9e.odt`, root)).toEqual({ kind: 'renamed', folder: 'RH' });
    expect(moveKind(`${root}RH/note.odt`, `${root}Archives/2026/note.odt`, root)).toEqual({ kind: 'moved', folder: 'Archives/2026' });
    expect(moveKind(`${root}RH/note.odt`, `${root}Envoy%C3%A9/note%20finale.odt`, root)).toEqual({ kind: 'moved-renamed', folder: 'Envoyé' });
    expect(moveKind(`${root}RH/note.odt`, `${root}note.odt`, root)).toEqual({ kind: 'moved', folder: '' });
  });

  it('names the new folder, in French and in English', () => {
    const fr = createTranslator('fr').t;
    const en = createTranslator('en').t;
    expect(moveNotice(fr, `${root}RH/note.odt`, `${root}Archives/2026/note.odt`, root, 'note.odt', 'note.odt')).toBe(
      '«\u00a0note.odt\u00a0» a été déplacé dans «\u00a0Archives/2026\u00a0» sur la plateforme\u00a0: vos enregistrements iront à ce nouvel emplacement.',
    );
    expect(moveNotice(en, `${root}RH/note.odt`, `${root}note%20finale.odt`, root, 'note.odt', 'note finale.odt')).toBe(
      '“note.odt” was moved to “the top folder” and renamed “note finale.odt” on the platform: your saves will go to its new place.',
    );
    expect(moveNotice(en, `${root}RH/note.odt`, `${root}RH/avis.odt`, root, 'note.odt', 'avis.odt')).toBe('“note.odt” was renamed “avis.odt” on the platform: your saves will go under the new name.');
  });
});
