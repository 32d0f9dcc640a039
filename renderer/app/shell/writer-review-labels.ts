/** The writer's comment and tracked-change strings, translated. */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function writerReviewLabels({ t, formatDateTime }: Translator): WriterLabels['review'] {
  return {
    newComment: t('writer.review.newComment'),
    comments: t('writer.review.comments'),
    noComments: t('writer.review.noComments'),
    commentText: t('writer.review.commentText'),
    post: t('writer.review.post'),
    cancel: t('writer.review.cancel'),
    reply: t('writer.review.reply'),
    replyText: t('writer.review.replyText'),
    resolve: t('writer.review.resolve'),
    reopen: t('writer.review.reopen'),
    resolved: t('writer.review.resolved'),
    delete: t('writer.review.delete'),
    onText: (quote) => t('writer.review.onText', { quote }),
    unknownAuthor: t('writer.review.unknownAuthor'),
    track: t('writer.review.track'),
    previousChange: t('writer.review.previousChange'),
    nextChange: t('writer.review.nextChange'),
    accept: t('writer.review.accept'),
    reject: t('writer.review.reject'),
    acceptAll: t('writer.review.acceptAll'),
    rejectAll: t('writer.review.rejectAll'),
    tracking: t('writer.review.tracking'),
    formatDate: (iso) => {
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? iso : formatDateTime(ms);
    },
  };
}
