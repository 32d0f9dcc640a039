/** The home tab: create a document, open one, pick a recent one, choose the UI language. */
import type { ReactNode } from 'react';
import type { Locale, RecentEntry } from '../../../electron/shared/index.js';
import type { DocumentKind } from '@ostal/model';
import { Button, Icon } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface StartPageProps {
  readonly translator: Translator;
  /** null while loading or when the host has no recent list. */
  readonly recent: readonly RecentEntry[] | null;
  readonly recentAvailable: boolean;
  readonly localeLocked: boolean;
  readonly onNew: (kind: DocumentKind) => void;
  readonly onOpen: () => void;
  readonly onOpenRecent: (entry: RecentEntry) => void;
  readonly onLocale: (locale: Locale) => void;
  /** The user's name field (author of comments and changes), when offered. */
  readonly author?: ReactNode;
  /** Shown first: documents to recover after a crash, when there are some. */
  readonly recovery?: ReactNode;
  /** Shown after the creation buttons: templates to start from. */
  readonly templates?: ReactNode;
}


export function StartPage({ translator, recent, recentAvailable, localeLocked, onNew, onOpen, onOpenRecent, onLocale, recovery, templates, author }: StartPageProps) {
  const { t } = translator;
  const kindLabel = (kind: DocumentKind) => t(kind === 'text' ? 'kind.text' : kind === 'workbook' ? 'kind.workbook' : 'kind.deck');
  return (
    <div className="start">
      <header className="start__header">
        <h1 className="start__title">{t('start.heading')}</h1>
        <p className="start__subtitle">{t('start.subtitle')}</p>
      </header>
      {recovery}
      <section className="start__section" aria-labelledby="start-create">
        <h2 id="start-create" className="start__section-title">
          {t('start.create')}
        </h2>
        <div className="start__actions">
          <Button className="start__new start__new--text" onClick={() => onNew('text')}>
            <Icon name="text" size={32} className="start__icon" />
            {t('start.new.text')}
          </Button>
          <Button className="start__new start__new--workbook" onClick={() => onNew('workbook')}>
            <Icon name="workbook" size={32} className="start__icon" />
            {t('start.new.workbook')}
          </Button>
          <Button className="start__new start__new--deck" onClick={() => onNew('deck')}>
            <Icon name="deck" size={32} className="start__icon" />
            {t('start.new.deck')}
          </Button>
          <Button className="start__new start__new--open" shortcut="Control+O" onClick={onOpen}>
            <Icon name="folder" size={32} className="start__icon" />
            {t('start.open')}
          </Button>
        </div>
      </section>
      {templates}
      <section className="start__section" aria-labelledby="start-recent">
        <h2 id="start-recent" className="start__section-title">
          {t('start.recent')}
        </h2>
        {!recentAvailable ? (
          <p className="start__muted">{t('start.recent.unavailable')}</p>
        ) : recent && recent.length > 0 ? (
          <ul className="start__recent">
            {recent.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className="start__recent-item"
                  title={entry.path}
                  aria-label={t('start.recent.item', { name: entry.name, kind: kindLabel(entry.kind), date: translator.formatDateTime(entry.openedMs) })}
                  onClick={() => onOpenRecent(entry)}
                >
                  <Icon name={entry.kind} size={20} className="start__icon" />
                  <span className="start__recent-name">{entry.name}</span>
                  <span className="start__recent-path">{entry.path}</span>
                  <span className="start__recent-date">{translator.formatDateTime(entry.openedMs)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="start__muted">{t('start.recent.empty')}</p>
        )}
      </section>
      <section className="start__section start__language">
        <label htmlFor="start-locale" className="start__section-title">
          {t('start.language')}
        </label>
        <select
          id="start-locale"
          className="ui-select"
          value={translator.locale}
          disabled={localeLocked}
          aria-describedby={localeLocked ? 'start-locale-locked' : undefined}
          onChange={(e) => onLocale(e.target.value as Locale)}
        >
          <option value="fr" lang="fr">
            {t('locale.fr')}
          </option>
          <option value="en" lang="en">
            {t('locale.en')}
          </option>
        </select>
        {localeLocked ? (
          <span id="start-locale-locked" className="start__muted">
            {t('start.language.locked')}
          </span>
        ) : null}
      </section>
      {author}
    </div>
  );
}
