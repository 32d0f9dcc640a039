/**
 * The sync status of the platform document in the active tab: up to date, saved locally,
 * uploading, offline, conflict (with the three choices), changed on the platform by a colleague
 * (reload theirs, or keep mine with theirs kept as a conflict copy) or error (with "retry now").
 */
import type { ConflictChoice, RemoteDocumentState } from '../../../electron/shared/sync.js';
import { Button } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface SyncStatusBarProps {
  readonly state: RemoteDocumentState | undefined;
  /** The tab has unsaved changes (a reload would drop them: the message says so). */
  readonly dirty?: boolean;
  /** Opened read-only (someone else's lock, no write permission): only reloading makes sense. */
  readonly readOnly?: boolean;
  readonly translator: Translator;
  readonly onRetry: () => void;
  readonly onResolve: (choice: ConflictChoice) => void;
}

export function SyncStatusBar({ state, dirty = false, readOnly = false, translator, onRetry, onResolve }: SyncStatusBarProps) {
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
      {state.status === 'deleted-remotely' ? <span className="sync-status__detail">{t('sync.remoteDeleted', { name: state.name })}</span> : null}
      {state.status === 'changed-remotely' ? (
        <>
          <span className="sync-status__detail">
            {readOnly
              ? t('sync.remoteChangedReadOnly', { name: state.name })
              : t(dirty ? 'sync.remoteChangedDirty' : 'sync.remoteChanged', { name: state.name, copy: state.conflictName ?? '' })}
          </span>
          <Button variant={readOnly ? 'primary' : undefined} onClick={() => onResolve('keep-theirs')}>
            {t('sync.reload')}
          </Button>
          {readOnly ? null : (
            <Button variant="primary" onClick={() => onResolve('keep-both')}>
              {t('sync.keepMineCopy')}
            </Button>
          )}
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
  /** Documents open here that a colleague changed on the platform. */
  readonly remoteChanges?: number;
}

/** The platform's state for the whole window: offline, uploads waiting, conflicts, errors. */
export function SyncAccountBadge({ summary, translator }: { readonly summary: SyncSummary; readonly translator: Translator }) {
  const { t } = translator;
  const parts: string[] = [];
  if (summary.offline) parts.push(t('sync.badge.offline'));
  if (summary.pending > 0) parts.push(t('sync.badge.pending', { n: summary.pending }));
  if (summary.conflicts > 0) parts.push(t('sync.badge.conflicts', { n: summary.conflicts }));
  if (summary.errors > 0) parts.push(t('sync.badge.errors', { n: summary.errors }));
  if ((summary.remoteChanges ?? 0) > 0) parts.push(t('sync.badge.remoteChanges', { n: summary.remoteChanges ?? 0 }));
  if (parts.length === 0) return null;
  return (
    <span className="sync-badge" role="status" aria-label={t('sync.badge.label', { state: parts.join(', ') })}>
      {parts.join(' · ')}
    </span>
  );
}
