/**
 * The start page's offer to restore documents a crash or a kill left unsaved: one row per copy
 * in the recovery area, with its title, where it came from and when it was copied, and two
 * buttons: Restaurer (opens it, unsaved, with its original path for Save) and Abandonner.
 */
import type { RecoveryEntry } from '../../../electron/shared/index.js';
import { Button, Icon } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface RecoveryListProps {
  readonly translator: Translator;
  readonly entries: readonly RecoveryEntry[];
  readonly onRestore: (entry: RecoveryEntry) => void;
  readonly onDiscard: (entry: RecoveryEntry) => void;
}

export function RecoveryList({ translator, entries, onRestore, onDiscard }: RecoveryListProps) {
  const { t } = translator;
  if (entries.length === 0) return null;
  return (
    <section className="start__section start__recovery" aria-labelledby="start-recovery">
      <h2 id="start-recovery" className="start__section-title">
        {t('recovery.heading')}
      </h2>
      <p className="start__muted">{t('recovery.intro')}</p>
      <ul className="start__recovery-list">
        {entries.map((entry) => (
          <li key={entry.id} className="start__recovery-item">
            <Icon name={entry.kind} size={20} className="start__icon" />
            <span className="start__recovery-text">
              <span className="start__recent-name">{t('recovery.item', { title: entry.title, date: translator.formatDateTime(entry.savedMs) })}</span>
              <span className="start__recent-path">{entry.originalPath ? t('recovery.original', { path: entry.originalPath }) : t('recovery.neverSaved')}</span>
            </span>
            <Button variant="primary" aria-label={t('recovery.restoreLabel', { title: entry.title })} onClick={() => onRestore(entry)}>
              {t('recovery.restore')}
            </Button>
            <Button aria-label={t('recovery.discardLabel', { title: entry.title })} onClick={() => onDiscard(entry)}>
              {t('recovery.discard')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
