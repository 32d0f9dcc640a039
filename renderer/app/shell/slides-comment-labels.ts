/** The slides editor's strings of comments and keyboard crop handles from the translator. */
import type { SlidesEditorLabels } from '../modules.js';
import type { MessageKey } from '../i18n/fr.js';
import type { Translator } from '../i18n/translator.js';

export function slidesCommentLabels({ t, formatDateTime }: Pick<Translator, 't' | 'formatDateTime'>): SlidesEditorLabels['comments'] {
  const m = (key: string, params?: Record<string, string | number>) => t(`slides.cm.${key}` as MessageKey, params);
  return {
    heading: (count) => m('heading', { count }),
    none: m('none'),
    add: m('add'),
    reply: m('reply'),
    edit: m('edit'),
    remove: m('remove'),
    resolve: m('resolve'),
    reopen: m('reopen'),
    resolved: m('resolved'),
    save: m('save'),
    cancel: m('cancel'),
    textField: m('textField'),
    replyField: m('replyField'),
    unknownAuthor: m('unknownAuthor'),
    date: (iso) => {
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? iso : formatDateTime(ms);
    },
    marker: (n, author) => m('marker', { n, author }),
    markerHelp: m('markerHelp'),
    thread: (n, author, replies) => (replies === 0 ? m('thread', { n, author }) : m(replies === 1 ? 'threadOne' : 'threadMany', { n, author, count: replies })),
    replyBy: (author) => m('replyBy', { author }),
  };
}

/** The crop handles' strings (keyboard use). */
export function slidesCropKeyLabels({ t }: Pick<Translator, 't'>): SlidesEditorLabels['cropKeys'] {
  const m = (key: string, params?: Record<string, string | number>) => t(`slides.crop.${key}` as MessageKey, params);
  return {
    handle: (h) => m(`handle.${h}`),
    role: m('role'),
    help: m('help'),
    status: (left, top, right, bottom) => m('status', { left, top, right, bottom }),
  };
}
