/**
 * A toolbar (role=toolbar, named): every control stays in the Tab order, and Left/Right arrows
 * move between controls as in desktop suites.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { focusableWithin } from './focus.js';

export interface ToolbarProps {
  /** Accessible name, e.g. "Mise en forme". */
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Toolbar({ label, className, children }: ToolbarProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const target = event.target as HTMLElement;
    // Arrows inside text fields and selects keep their own meaning.
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return;
    const items = focusableWithin(event.currentTarget);
    const index = items.indexOf(target);
    if (index < 0) return;
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = items[(index + step + items.length) % items.length];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  return (
    <div role="toolbar" aria-label={label} className={['ui-toolbar', className].filter(Boolean).join(' ')} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

/** A thin vertical separator between groups of toolbar controls. */
export function ToolbarSeparator() {
  return <span className="ui-toolbar__separator" role="separator" aria-orientation="vertical" />;
}
