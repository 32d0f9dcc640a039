/**
 * "Validité…": the data validation rule of the selected cells — what is allowed (list, whole
 * number, decimal, date, time, text length with a condition, or a formula that must be true), the input help shown on the cell
 * and the error alert on a wrong entry. OK applies it to the selection (one undo step); "Toutes
 * les valeurs" takes the rule away.
 */
import { useState } from 'react';
import type { ValidationOperator } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import type { SheetsObjectLabels } from './sheets-object-labels.js';
import { EDITABLE_TYPES, OPERATORS } from './validation-edit.js';
import type { EditableType, FormProblem, ValidityForm } from './validation-edit.js';

export interface ValidityDialogProps {
  readonly labels: SheetsObjectLabels['validity'];
  readonly initial: ValidityForm;
  /** Applies the form; returns the problem that keeps it from being applied, if any. */
  readonly onApply: (form: ValidityForm) => FormProblem | undefined;
  readonly onCancel: () => void;
}

export function ValidityDialog({ labels, initial, onApply, onCancel }: ValidityDialogProps) {
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<FormProblem | undefined>(undefined);
  const set = (change: Partial<ValidityForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(undefined);
  };
  const apply = () => setProblem(onApply(form));
  const two = form.operator === 'between' || form.operator === 'notBetween';
  const ranged = form.type !== 'any' && form.type !== 'list' && form.type !== 'custom';
  const error = (field: FormProblem['field']) =>
    problem?.field === field ? (
      <span className="sheets-validity__problem" role="alert">
        {labels.problems[problem.kind]}
      </span>
    ) : null;

  return (
    <Dialog
      title={labels.title}
      onCancel={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" onClick={apply}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <div className="sheets-validity">
        <fieldset>
          <legend>{labels.criteria}</legend>
          <label>
            {labels.allow}{' '}
            <select className="ui-input" value={form.type} onChange={(e) => set({ type: e.target.value as EditableType })}>
              {EDITABLE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {labels.types[t]}
                </option>
              ))}
            </select>
          </label>
          {ranged ? (
            <>
              <label>
                {labels.operator}{' '}
                <select className="ui-input" value={form.operator} onChange={(e) => set({ operator: e.target.value as ValidationOperator })}>
                  {OPERATORS.map((op) => (
                    <option key={op} value={op}>
                      {labels.operators[op]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {two ? labels.minimum : labels.value} <input className="ui-input" value={form.value1} aria-invalid={problem?.field === 'value1' || undefined} onChange={(e) => set({ value1: e.target.value })} />
              </label>
              {error('value1')}
              {two ? (
                <>
                  <label>
                    {labels.maximum} <input className="ui-input" value={form.value2} aria-invalid={problem?.field === 'value2' || undefined} onChange={(e) => set({ value2: e.target.value })} />
                  </label>
                  {error('value2')}
                </>
              ) : null}
            </>
          ) : null}
          {form.type === 'custom' ? (
            <>
              <label>
                {labels.condition} <input className="ui-input" value={form.value1} placeholder="=A1>0" title={labels.conditionHint} aria-invalid={problem?.field === 'value1' || undefined} onChange={(e) => set({ value1: e.target.value })} />
              </label>
              <small>{labels.conditionHint}</small>
              {error('value1')}
            </>
          ) : null}
          {form.type === 'list' ? (
            <>
              <label>
                {labels.list} <textarea className="ui-input" rows={4} value={form.list} title={labels.listHint} aria-invalid={problem?.field === 'list' || undefined} onChange={(e) => set({ list: e.target.value })} />
              </label>
              <small>{labels.listHint}</small>
              {error('list')}
              <label>
                <input type="checkbox" checked={form.showDropdown} onChange={(e) => set({ showDropdown: e.target.checked })} /> {labels.showDropdown}
              </label>
            </>
          ) : null}
          {form.type !== 'any' ? (
            <label>
              <input type="checkbox" checked={form.allowBlank} onChange={(e) => set({ allowBlank: e.target.checked })} /> {labels.allowBlank}
            </label>
          ) : null}
        </fieldset>
        {form.type !== 'any' ? (
          <>
            <fieldset>
              <legend>{labels.inputHelp}</legend>
              <label>
                <input type="checkbox" checked={form.showPrompt} onChange={(e) => set({ showPrompt: e.target.checked })} /> {labels.showPrompt}
              </label>
              <label>
                {labels.promptTitle} <input className="ui-input" value={form.promptTitle} onChange={(e) => set({ promptTitle: e.target.value })} />
              </label>
              <label>
                {labels.promptText} <textarea className="ui-input" rows={2} value={form.promptText} onChange={(e) => set({ promptText: e.target.value })} />
              </label>
            </fieldset>
            <fieldset>
              <legend>{labels.errorAlert}</legend>
              <label>
                <input type="checkbox" checked={form.showError} onChange={(e) => set({ showError: e.target.checked })} /> {labels.showError}
              </label>
              <label>
                {labels.errorStyle}{' '}
                <select className="ui-input" value={form.errorStyle} onChange={(e) => set({ errorStyle: e.target.value as ValidityForm['errorStyle'] })}>
                  {(['stop', 'warning', 'information'] as const).map((s) => (
                    <option key={s} value={s}>
                      {labels.styles[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {labels.errorTitle} <input className="ui-input" value={form.errorTitle} onChange={(e) => set({ errorTitle: e.target.value })} />
              </label>
              <label>
                {labels.errorText} <textarea className="ui-input" rows={2} value={form.errorText} onChange={(e) => set({ errorText: e.target.value })} />
              </label>
            </fieldset>
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
