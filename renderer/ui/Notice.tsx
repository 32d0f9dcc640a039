/**
 * A message band. `info`/`warning` are quiet (role=status, announced politely); `error` is
 * role=alert. Optional details are hidden until asked for.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from './Button.js';
import { Icon } from './Icon.js';

export type NoticeTone = 'info' | 'warning' | 'error' | 'success';

export interface NoticeLabels {
  /** Text of the button that reveals the details, e.g. "Détails". */
  readonly showDetails: string;
  readonly hideDetails: string;
  /** Accessible name of the close button, e.g. "Fermer le message". */
  readonly dismiss: string;
}

export interface NoticeProps {
  readonly tone: NoticeTone;
  readonly message: ReactNode;
  /** Shown on demand. */
  readonly details?: ReactNode;
  readonly labels: NoticeLabels;
  readonly onDismiss?: () => void;
  /** Extra buttons (e.g. "Enregistrer quand même"). */
  readonly actions?: ReactNode;
}

export function Notice({ tone, message, details, labels, onDismiss, actions }: NoticeProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <div className={`ui-notice ui-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="ui-notice__row">
        <Icon name={tone} className="ui-notice__icon" />
        <div className="ui-notice__message">{message}</div>
        {actions}
        {details ? (
          <Button variant="quiet" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
            {open ? labels.hideDetails : labels.showDetails}
          </Button>
        ) : null}
        {onDismiss ? (
          <Button variant="quiet" aria-label={labels.dismiss} title={labels.dismiss} onClick={onDismiss}>
            ✕
          </Button>
        ) : null}
      </div>
      {details ? (
        <div id={detailsId} className="ui-notice__details" hidden={!open}>
          {details}
        </div>
      ) : null}
    </div>
  );
}
