/**
 * The number format dialog: a category (general, number, currency, percentage, date, time, text,
 * custom), its options, the resulting Excel format code, and a live preview of the active cell's
 * value through `formatCellValue` (the same formatter the grid uses).
 */
import { useState } from 'react';
import { formatCellValue } from '@ostal/calc';
import type { CellValue } from '@ostal/model';
import { Button, Dialog, Field } from '../ui/index.js';
import { DATE_PATTERNS, NUMBER_CATEGORIES, numberFormatChoice, numberFormatCode, TIME_PATTERNS } from './sheet-format.js';
import type { NumberCategory, NumberFormatChoice } from './sheet-format.js';
import type { SheetsUiLabels } from './sheets-ui-labels.js';

export interface NumberFormatDialogProps {
  readonly labels: SheetsUiLabels;
  /** The active cell's current format code. */
  readonly code: string | undefined;
  /** The active cell's value, shown in the preview (a sample number when it is empty). */
  readonly value: CellValue;
  readonly locale: string;
  readonly date1904: boolean;
  readonly onApply: (code: string) => void;
  readonly onCancel: () => void;
}

const SAMPLE = 46_000.5;

function categoryLabel(labels: SheetsUiLabels, c: NumberCategory): string {
  return labels[`nfCat${c[0]!.toUpperCase()}${c.slice(1)}` as 'nfCatGeneral'];
}

export function NumberFormatDialog({ labels, code, value, locale, date1904, onApply, onCancel }: NumberFormatDialogProps) {
  const [choice, setChoice] = useState<NumberFormatChoice>(() => numberFormatChoice(code));
  const result = numberFormatCode(choice);
  const sample = typeof value === 'number' || typeof value === 'string' ? value : SAMPLE;
  let preview: string;
  try {
    preview = formatCellValue(sample, result, { locale, date1904 }).text;
  } catch {
    preview = '';
  }
  const pick = (category: NumberCategory) => {
    const pattern = category === 'date' ? DATE_PATTERNS[0]! : category === 'time' ? TIME_PATTERNS[0]! : category === 'custom' ? result === 'General' ? '0.00' : result : '';
    setChoice({ ...choice, category, pattern });
  };
  const patterns = choice.category === 'date' ? DATE_PATTERNS : choice.category === 'time' ? TIME_PATTERNS : null;
  const withDecimals = choice.category === 'number' || choice.category === 'currency' || choice.category === 'percent';
  return (
    <Dialog
      title={labels.nfTitle}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" onClick={() => onApply(result)}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <div className="sheets-number-format">
        <Field label={labels.nfCategory}>
          <select className="ui-select" size={NUMBER_CATEGORIES.length} value={choice.category} onChange={(e) => pick(e.target.value as NumberCategory)}>
            {NUMBER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(labels, c)}
              </option>
            ))}
          </select>
        </Field>
        <div className="sheets-number-format__options">
          {withDecimals ? (
            <Field label={labels.nfDecimals}>
              <input className="ui-input" type="number" min={0} max={10} value={choice.decimals} onChange={(e) => setChoice({ ...choice, decimals: Math.max(0, Math.min(10, Number(e.target.value) || 0)) })} />
            </Field>
          ) : null}
          {choice.category === 'number' ? (
            <label className="sheets-number-format__check">
              <input type="checkbox" checked={choice.thousands} onChange={(e) => setChoice({ ...choice, thousands: e.target.checked })} /> {labels.nfThousands}
            </label>
          ) : null}
          {patterns ? (
            <Field label={labels.nfPattern}>
              <select className="ui-select" value={choice.pattern} onChange={(e) => setChoice({ ...choice, pattern: e.target.value })}>
                {patterns.map((p) => (
                  <option key={p} value={p}>
                    {(() => {
                      try {
                        return formatCellValue(typeof sample === 'number' ? sample : SAMPLE, p, { locale, date1904 }).text;
                      } catch {
                        return p;
                      }
                    })()}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {choice.category === 'custom' ? (
            <Field label={labels.nfCode}>
              <input className="ui-input sheets-number-format__code" value={choice.pattern} onChange={(e) => setChoice({ ...choice, pattern: e.target.value })} />
            </Field>
          ) : (
            <p className="sheets-number-format__code-line">
              <span>{labels.nfCode}</span> <code>{result}</code>
            </p>
          )}
          <p className="sheets-number-format__preview">
            <span>{labels.nfPreview}</span> <output aria-label={labels.nfPreview}>{preview}</output>
          </p>
        </div>
      </div>
    </Dialog>
  );
}
