/** The writer's character style dialog strings, translated. */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function writerCharStyleLabels({ t }: Translator): WriterLabels['charStyles'] {
  return {
    modify: t('writer.charStyle.modify'),
    title: (name) => t('writer.charStyle.title', { name }),
    appliesTo: (count) => t('writer.charStyle.appliesTo', { count }),
    caps: t('writer.charStyle.caps'),
    capsNone: t('writer.charStyle.capsNone'),
    capsAll: t('writer.charStyle.capsAll'),
    capsSmall: t('writer.charStyle.capsSmall'),
    letterSpacing: t('writer.charStyle.letterSpacing'),
    language: t('writer.charStyle.language'),
    languageNone: t('writer.charStyle.languageNone'),
    delete: t('writer.charStyle.delete'),
  };
}
