/** The writer's header and footer editing strings, translated. */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function writerHeaderFooterLabels({ t }: Translator): WriterLabels['headerFooter'] {
  return {
    header: t('writer.hf.header'),
    footer: t('writer.hf.footer'),
    editHint: (kind) => t(kind === 'header' ? 'writer.hf.editHeader' : 'writer.hf.editFooter'),
    toolbar: t('writer.hf.toolbar'),
    pages: t('writer.hf.pages'),
    variants: { default: t('writer.hf.variant.default'), first: t('writer.hf.variant.first'), even: t('writer.hf.variant.even') },
    titlePage: t('writer.hf.titlePage'),
    oddEven: t('writer.hf.oddEven'),
    oddPages: t('writer.hf.variant.odd'),
    pageNumber: t('writer.hf.pageNumber'),
    pageCount: t('writer.hf.pageCount'),
    close: t('writer.hf.close'),
    inSection: (story, number) => t('writer.hf.inSection', { story, number }),
  };
}
