/** "Opened by … since …": a document someone else holds open — Ouvrir en lecture seule / Annuler. */
import type { LockOwner } from '../../../electron/shared/index.js';
import { Button, Dialog } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface LockedDialogProps {
  readonly name: string;
  readonly owner: LockOwner;
  readonly translator: Translator;
  readonly onReadOnly: () => void;
  readonly onCancel: () => void;
}

/** Who holds the document, for a person: "Bernard Petit (poste PC-042)", or "un autre utilisateur". */
export function lockOwnerLabel(owner: LockOwner, translator: Translator): string {
  const { t } = translator;
  if (owner.user === '') return t('lock.unknownOwner');
  return owner.host === '' ? owner.user : t('lock.ownerOnHost', { user: owner.user, host: owner.host });
}

export function LockedDialog({ name, owner, translator, onReadOnly, onCancel }: LockedDialogProps) {
  const { t } = translator;
  return (
    <Dialog
      title={t('lock.title')}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button variant="primary" onClick={onReadOnly}>
            {t('lock.readOnly')}
          </Button>
          <Button onClick={onCancel}>{t('lock.cancel')}</Button>
        </>
      }
    >
      <p className="locked__message">
        {t('lock.message', { name, owner: lockOwnerLabel(owner, translator), date: translator.formatDateTime(owner.sinceMs) })}
      </p>
      <p className="locked__explain">{t('lock.explain')}</p>
    </Dialog>
  );
}
