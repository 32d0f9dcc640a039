/**
 * "Mise en page…": how the shown sheet prints — orientation, paper, scale or fit to pages,
 * margins (cm), print range, rows repeated at the top, centring and gridlines. OK keeps them in
 * the sheet (one undo step); the files carry them (XLSX `pageSetup`/`pageMargins`/print names,
 * ODS page layout and `table:print-ranges`).
 */
import { useState } from 'react';
import { Button, Dialog } from '../ui/index.js';
import { PAPERS } from './page-setup-edit.js';
import type { PageSetupField, PageSetupForm, PaperName } from './page-setup-edit.js';
import type { SheetsObjectLabels } from './sheets-object-labels.js';

export interface PageSetupDialogProps {
  readonly labels: SheetsObjectLabels['page'];
  readonly initial: PageSetupForm;
  /** Applies the form; returns the field that keeps it from being applied, if any. */
  readonly onApply: (form: PageSetupForm) => PageSetupField | undefined;
  readonly onCancel: () => void;
}

export function PageSetupDialog({ labels, initial, onApply, onCancel }: PageSetupDialogProps) {
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<PageSetupField | undefined>(undefined);
  const set = (change: Partial<PageSetupForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(undefined);
  };
  const papers: PaperName[] = [...(Object.keys(PAPERS) as PaperName[]), ...(initial.paper === 'other' ? (['other'] as const) : [])];
  const text = (field: PageSetupField, label: string, disabled = false) => (
    <label>
      {label} <input className="ui-input" value={form[field]} disabled={disabled} aria-invalid={problem === field || undefined} onChange={(e) => set({ [field]: e.target.value })} />
    </label>
  );

  return (
    <Dialog
      title={labels.title}
      onCancel={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" onClick={() => setProblem(onApply(form))}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <div className="sheets-page-setup">
        <fieldset>
          <legend>{labels.orientation}</legend>
          {(['portrait', 'landscape'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="sheets-orientation" checked={form.orientation === o} onChange={() => set({ orientation: o })} /> {labels[o]}
            </label>
          ))}
          <label>
            {labels.paper}{' '}
            <select className="ui-input" value={form.paper} onChange={(e) => set({ paper: e.target.value as PaperName })}>
              {papers.map((p) => (
                <option key={p} value={p}>
                  {labels.papers[p]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{labels.scaling}</legend>
          <label>
            <input type="radio" name="sheets-scaling" checked={form.scaling === 'scale'} onChange={() => set({ scaling: 'scale' })} /> {labels.scale}
          </label>
          {text('scale', labels.percent, form.scaling !== 'scale')}
          <label>
            <input type="radio" name="sheets-scaling" checked={form.scaling === 'fit'} onChange={() => set({ scaling: 'fit' })} /> {labels.fit}
          </label>
          {text('fitWidth', labels.fitWidth, form.scaling !== 'fit')}
          {text('fitHeight', labels.fitHeight, form.scaling !== 'fit')}
        </fieldset>
        <fieldset>
          <legend>{labels.margins}</legend>
          {text('top', labels.top)}
          {text('bottom', labels.bottom)}
          {text('left', labels.left)}
          {text('right', labels.right)}
        </fieldset>
        <fieldset>
          <legend>{labels.printArea}</legend>
          {text('printArea', labels.printArea)}
          {text('repeatRows', labels.repeatRows)}
          {(['centerHorizontally', 'centerVertically', 'gridLines'] as const).map((k) => (
            <label key={k}>
              <input type="checkbox" checked={form[k]} onChange={(e) => set({ [k]: e.target.checked })} /> {labels[k]}
            </label>
          ))}
        </fieldset>
        {problem ? (
          <p className="sheets-page-setup__problem" role="alert">
            {labels.problems[problem]}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
