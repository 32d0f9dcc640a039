/**
 * Inserting or editing a field (`field-commands.ts`): its kind, the format of a date or time
 * (pictures both DOCX and ODF keep, shown as they would read now in the document's language),
 * and whether its value is fixed. A preview shows the result.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Dialog, Field } from '../ui/index.js';
import { DATE_PICTURES, INSERTABLE_FIELDS, TIME_PICTURES, fieldResultOf, formatPicture } from './field-format.js';
import type { FieldContext, FieldSpec } from './field-format.js';
import type { FieldLabels } from './field-labels.js';
import type { WriterMoreLabels } from './writer-more-labels.js';

export interface FieldDialogProps {
  readonly labels: FieldLabels;
  readonly more: WriterMoreLabels;
  /** The field being edited, or null to insert a new one. */
  readonly initial: FieldSpec | null;
  readonly context: FieldContext;
  readonly onSubmit: (spec: FieldSpec) => void;
  readonly onClose: () => void;
}

const DEFAULT_SPEC: FieldSpec = { kind: 'date', picture: DATE_PICTURES[0]!, fixed: false };

export function FieldDialog({ labels, more, initial, context, onSubmit, onClose }: FieldDialogProps) {
  const [spec, setSpec] = useState<FieldSpec>(initial ?? DEFAULT_SPEC);
  const timed = spec.kind === 'date' || spec.kind === 'time';
  const offered = spec.kind === 'time' ? TIME_PICTURES : DATE_PICTURES;
  // A picture the file came with stays offered beside ours.
  const pictures = offered.includes(spec.picture) ? offered : [spec.picture, ...offered];
  const fixable = spec.kind !== 'page-count';
  const setKind = (kind: FieldSpec['kind']) => {
    const wasTime = TIME_PICTURES.includes(spec.picture);
    const picture = kind === 'time' ? (wasTime ? spec.picture : TIME_PICTURES[0]!) : kind === 'date' && wasTime ? DATE_PICTURES[0]! : spec.picture;
    setSpec({ kind, picture, fixed: kind === 'page-count' ? false : spec.fixed });
  };
  const preview = fieldResultOf(spec, context);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(spec);
  };
  return (
    <Dialog
      title={initial ? labels.editTitle : labels.insertTitle}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-field-form">
            {more.ok}
          </Button>
        </>
      }
    >
      <form id="writer-field-form" className="writer-dialog__form" onSubmit={submit}>
        <Field label={labels.kind}>
          <select className="ui-select" value={spec.kind} onChange={(e) => setKind(e.target.value as FieldSpec['kind'])}>
            {INSERTABLE_FIELDS.map((k) => (
              <option key={k} value={k}>
                {labels.kinds[k]}
              </option>
            ))}
          </select>
        </Field>
        {timed && (
          <Field label={labels.format}>
            <select className="ui-select" value={spec.picture} onChange={(e) => setSpec({ ...spec, picture: e.target.value })}>
              {pictures.map((p) => (
                <option key={p} value={p}>
                  {formatPicture(context.now, p, context.language)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {fixable && (
          <label className="writer-dialog__check">
            <input type="checkbox" checked={spec.fixed} onChange={(e) => setSpec({ ...spec, fixed: e.target.checked })} /> {labels.fixed}
          </label>
        )}
        <p className="writer-dialog__preview" aria-live="polite">
          {labels.preview} : <output>{preview ?? labels.pageNote}</output>
        </p>
      </form>
    </Dialog>
  );
}
