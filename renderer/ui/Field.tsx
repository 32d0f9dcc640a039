/** A labelled form control: the label element names the control for assistive technology. */
import { useId } from 'react';
import type { ReactElement } from 'react';
import { cloneElement } from 'react';

export interface FieldProps {
  readonly label: string;
  /** One input, select or textarea; it receives the generated id. */
  readonly children: ReactElement<{ id?: string }>;
  readonly hint?: string;
  readonly className?: string;
}

export function Field({ label, children, hint, className }: FieldProps) {
  const id = useId();
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="ui-field__label">
        {label}
      </label>
      {cloneElement(children, { id })}
      {hint ? <span className="ui-field__hint">{hint}</span> : null}
    </div>
  );
}
