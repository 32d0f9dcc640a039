/** A plain button with the suite's look. `pressed` makes it a toggle (aria-pressed). */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'default' | 'primary' | 'quiet' | 'danger';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  readonly variant?: ButtonVariant;
  /** When set, the button is a toggle and exposes `aria-pressed`. */
  readonly pressed?: boolean;
  /** Keyboard shortcut shown in the tooltip and exposed as `aria-keyshortcuts` (e.g. `Control+S`). */
  readonly shortcut?: string;
  readonly type?: 'button' | 'submit';
  readonly children?: ReactNode;
}

/** Renders a `<button>`; defaults to `type="button"` so it never submits a form by accident. */
export function Button({ variant = 'default', pressed, shortcut, type = 'button', className, title, children, ...rest }: ButtonProps) {
  const classes = ['ui-button', `ui-button--${variant}`, className].filter(Boolean).join(' ');
  const tooltip = title ?? undefined;
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-pressed={pressed === undefined ? undefined : pressed}
      aria-keyshortcuts={shortcut}
      title={tooltip}
    >
      {children}
    </button>
  );
}
