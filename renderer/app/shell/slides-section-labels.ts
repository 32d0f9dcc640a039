/** The slides editor's section strings from the translator. */
import type { SlidesEditorLabels } from '../modules.js';
import type { MessageKey } from '../i18n/fr.js';
import type { Translator } from '../i18n/translator.js';

export function slidesSectionLabels({ t }: Pick<Translator, 't'>): SlidesEditorLabels['sections'] {
  const m = (key: string, params?: Record<string, string | number>) => t(`slides.sec.${key}` as MessageKey, params);
  const count = (n: number) => (n === 0 ? m('none') : n === 1 ? m('one') : m('many', { count: n }));
  return {
    toolbar: m('toolbar'),
    add: m('add'),
    rename: m('rename'),
    remove: m('remove'),
    collapse: m('collapse'),
    expand: m('expand'),
    newTitle: m('newTitle'),
    renameTitle: m('renameTitle'),
    nameField: m('nameField'),
    untitled: m('untitled'),
    defaultName: m('defaultName'),
    header: (name, n) => m('header', { name, count: n }),
    group: (name, n) => m('group', { name, count: count(n) }),
    collapsed: (name, n) => m('collapsed', { name, count: count(n) }),
    keysHelp: m('keysHelp'),
    moveUp: m('moveUp'),
    moveDown: m('moveDown'),
    dragHint: m('dragHint'),
  };
}
