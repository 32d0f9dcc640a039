/** The sync dialogs the shell shows: the platform browser and the accounts manager. */
import type { EffectiveSettings, HostServices } from '../../../electron/shared/index.js';
import type { Translator } from '../i18n/translator.js';
import { AccountsDialog } from './AccountsDialog.js';
import { PlatformDialog } from './PlatformDialog.js';
import './sync.css';
import type { useRemoteDocuments } from './use-remote-documents.js';

export function SyncDialogs({ host, translator, remote }: { readonly host: HostServices; readonly translator: Translator; readonly remote: ReturnType<typeof useRemoteDocuments>; readonly settings?: EffectiveSettings }) {
  const dialog = remote.dialog;
  if (!dialog) return null;
  if (dialog.type === 'accounts') {
    return (
      <AccountsDialog
        host={host}
        translator={translator}
        accounts={remote.accounts}
        onChanged={remote.setAccounts}
        onClose={() => remote.setDialog(dialog.back ?? null)}
      />
    );
  }
  return (
    <PlatformDialog
      host={host}
      translator={translator}
      request={dialog.request}
      accounts={remote.accounts}
      onManageAccounts={() => remote.setDialog({ type: 'accounts', back: dialog })}
      onOpen={(accountId, entry) => void remote.openRemote(accountId, entry)}
      onSave={remote.saveToPlatform}
      onCancel={() => remote.setDialog(null)}
    />
  );
}
