/**
 * The sync status of the platform document in the active tab: up to date, saved locally,
 * uploading, offline, conflict (with the three choices) or error (with "retry now").
 */
import type { ConflictChoice, RemoteDocumentState } from '../../../electron/shared/sync.js';
import { Button } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface SyncStatusBarProps {
  readonly state: RemoteDocumentState | undefined;
  readonly translator: Translator;
  readonly onRetry: () => void;
  readonly onResolve: (choice: ConflictChoice) => void;
}

export function SyncStatusBar({ state, translator, onRetry, onResolve }: SyncStatusBarProps) {
  const { t } = translator;
  if (!state) return null;
  const retryable = state.status === 'offline' || state.status === 'error' || state.status === 'saved-locally';
  return (
    <div className={`sync-status sync-status--${state.status}`}>
      <span role="status" className="sync-status__text" data-sync-status={state.status}>
        {t(`sync.status.${state.status}`)}
      </span>
      {retryable ? <Button onClick={onRetry}>{t('sync.retry')}</Button> : null}
      {state.status === 'conflict' ? (
        <>
          <span className="sync-status__detail">{t('sync.conflictNotice', { name: state.name, copy: state.conflictName ?? '' })}</span>
          <Button onClick={() => onResolve('keep-mine')}>{t('sync.keepMine')}</Button>
          <Button onClick={() => onResolve('keep-theirs')}>{t('sync.keepTheirs')}</Button>
          <Button variant="primary" onClick={() => onResolve('keep-both')}>
            {t('sync.keepBoth')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
