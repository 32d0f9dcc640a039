/** The writer's picture strings, translated. */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function writerPictureLabels({ t }: Translator): WriterLabels['pictures'] {
  return {
    insert: t('writer.picture.insert'),
    notPicture: (name) => t('writer.picture.notPicture', { name }),
    readFailed: (name, reason) => t('writer.picture.readFailed', { name, reason }),
    toolbar: t('writer.picture.toolbar'),
    altText: t('writer.picture.altText'),
    altDescription: t('writer.picture.altDescription'),
    altHint: t('writer.picture.altHint'),
    altTitle: t('writer.picture.altTitle'),
    size: t('writer.picture.size'),
    width: t('writer.picture.width'),
    height: t('writer.picture.height'),
    keepRatio: t('writer.picture.keepRatio'),
    resetSize: t('writer.picture.resetSize'),
    wrap: t('writer.picture.wrap'),
    wraps: {
      inline: t('writer.picture.wrap.inline'),
      square: t('writer.picture.wrap.square'),
      'top-bottom': t('writer.picture.wrap.topBottom'),
      behind: t('writer.picture.wrap.behind'),
      'in-front': t('writer.picture.wrap.inFront'),
    },
    selected: (width, height) => t('writer.picture.selected', { width, height }),
  };
}
