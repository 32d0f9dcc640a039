/** The writer's field, endnote and table of contents strings, translated. */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function writerFieldLabels({ t }: Translator): WriterLabels['fields'] {
  return {
    insert: t('writer.field.insert'),
    insertTitle: t('writer.field.insertTitle'),
    edit: t('writer.field.edit'),
    editTitle: t('writer.field.editTitle'),
    update: t('writer.field.update'),
    kind: t('writer.field.kind'),
    kinds: {
      'page-number': t('writer.field.kind.page-number'),
      'page-count': t('writer.field.kind.page-count'),
      date: t('writer.field.kind.date'),
      time: t('writer.field.kind.time'),
      title: t('writer.field.kind.title'),
      author: t('writer.field.kind.author'),
      'file-name': t('writer.field.kind.file-name'),
    },
    format: t('writer.field.format'),
    fixed: t('writer.field.fixed'),
    preview: t('writer.field.preview'),
    pageNote: t('writer.field.pageNote'),
    insertEndnote: t('writer.insertEndnote'),
    endnotes: t('writer.endnotes'),
    noteSettings: {
      open: t('writer.noteSettings.open'),
      title: t('writer.noteSettings.title'),
      footnotes: t('writer.noteSettings.footnotes'),
      format: t('writer.noteSettings.format'),
      startAt: t('writer.noteSettings.startAt'),
      restart: t('writer.noteSettings.restart'),
      position: t('writer.noteSettings.position'),
      restarts: {
        continuous: t('writer.noteSettings.restart.continuous'),
        section: t('writer.noteSettings.restart.section'),
        chapter: t('writer.noteSettings.restart.chapter'),
        page: t('writer.noteSettings.restart.page'),
      },
      endOfDocument: t('writer.noteSettings.endOfDocument'),
      endOfSection: t('writer.noteSettings.endOfSection'),
      startError: t('writer.noteSettings.startError'),
      applyTo: t('writer.noteSettings.applyTo'),
      wholeDocument: t('writer.noteSettings.wholeDocument'),
      thisSection: (n) => t('writer.noteSettings.thisSection', { n }),
    },
  };
}
