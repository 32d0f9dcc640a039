/** The translated labels every notice needs. */
import type { NoticeLabels } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export function noticeLabels({ t }: Translator): NoticeLabels {
  return { showDetails: t('notice.details'), hideDetails: t('notice.hideDetails'), dismiss: t('notice.dismiss') };
}
