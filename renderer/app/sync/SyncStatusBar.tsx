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

export interface SyncSummary {
  readonly offline: boolean;
  readonly pending: number;
  readonly conflicts: number;
  readonly errors: number;
}

/** The platform's state for the whole window: offline, uploads waiting, conflicts, errors. */
export function SyncAccountBadge({ summary, translator }: { readonly summary: SyncSummary; readonly translator: Translator }) {
  const { t } = translator;
  const parts: string[] = [];
  if (summary.offline) parts.push(t('sync.badge.offline'));
  if (summary.pending > 0) parts.push(t('sync.badge.pending', { n: summary.pending }));
  if (summary.conflicts > 0) parts.push(t('sync.badge.conflicts', { n: summary.conflicts }));
  if (summary.errors > 0) parts.push(t('sync.badge.errors', { n: summary.errors }));
  if (parts.length === 0) return null;
  return (
    <span className="sync-badge" role="status" aria-label={t('sync.badge.label', { state: parts.join(', ') })}>
      {parts.join(' · ')}
    </span>
  );
}
