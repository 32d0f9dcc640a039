/**
 * A modal dialog: role=dialog, named by its title, focus kept inside (Tab wraps), Escape cancels,
 * focus returned to where it was when the dialog closes.
 */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { focusableWithin, trapTab } from './focus.js';

export interface DialogProps {
  /** Visible title; also the dialog's accessible name. */
  readonly title: string;
  /** Called on Escape (and by the caller's Cancel button). */
  readonly onCancel: () => void;
  /** Element to focus first (CSS selector inside the dialog); default: first focusable. */
  readonly initialFocus?: string;
  /** `alertdialog` for confirmations that interrupt (unsaved changes). */
  readonly role?: 'dialog' | 'alertdialog';
  readonly size?: 'small' | 'medium' | 'large';
  readonly children: ReactNode;
  /** Buttons row at the bottom. */
  readonly footer?: ReactNode;
}

export function Dialog({ title, onCancel, initialFocus, role = 'dialog', size = 'medium', children, footer }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    if (root) {
      const target = (initialFocus ? root.querySelector<HTMLElement>(initialFocus) : null) ?? focusableWithin(root)[0] ?? root;
      target.focus();
    }
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
    // Focus once, on open only.
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCancel();
      return;
    }
    if (ref.current) trapTab(ref.current, event);
  };

  return (
    <div className="ui-dialog-backdrop">
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        className={`ui-dialog ui-dialog--${size}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="ui-dialog__title">
          {title}
        </h2>
        <div className="ui-dialog__body">{children}</div>
        {footer ? <div className="ui-dialog__footer">{footer}</div> : null}
      </div>
    </div>
  );
}
