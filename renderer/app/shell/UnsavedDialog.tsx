/** "Save changes before closing?" — Enregistrer / Ne pas enregistrer / Annuler. */
import { Button, Dialog } from '../../ui/index.js';
import type { Translator } from '../i18n/translator.js';

export interface UnsavedDialogProps {
  readonly title: string;
  readonly translator: Translator;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onCancel: () => void;
}

export function UnsavedDialog({ title, translator, onSave, onDiscard, onCancel }: UnsavedDialogProps) {
  const { t } = translator;
  return (
    <Dialog
      title={t('unsaved.title')}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button variant="primary" onClick={onSave}>
            {t('unsaved.save')}
          </Button>
          <Button onClick={onDiscard}>{t('unsaved.discard')}</Button>
          <Button onClick={onCancel}>{t('unsaved.cancel')}</Button>
        </>
      }
    >
      <p className="unsaved__message">{t('unsaved.message', { title })}</p>
    </Dialog>
  );
}
