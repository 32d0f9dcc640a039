/**
 * The options group of the chart dialog, for the chosen kind: a checkbox per series for the
 * secondary value axis (columns, bars, lines with two series or more), the high-low lines and
 * up-down bars of a stock chart, the bubble size and negative bubbles of a bubble chart. Every
 * control has its label; nothing shows for kinds without options.
 */
import { useId } from 'react';
import type { ChartType } from '@ostal/model';
import { Field } from '../ui/index.js';
import { SECONDARY_AXIS_TYPES } from './chart-options.js';
import type { ChartOptions } from './chart-options.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';

export interface ChartOptionsFieldsProps {
  readonly type: ChartType;
  /** The names of the series the range gives (legend names), in order. */
  readonly seriesNames: readonly string[];
  readonly options: ChartOptions;
  readonly onChange: (options: ChartOptions) => void;
  readonly labels: SheetsToolsLabels['chart']['options'];
}

export function ChartOptionsFields({ type, seriesNames, options, onChange, labels }: ChartOptionsFieldsProps) {
  const hintId = useId();
  const secondary = SECONDARY_AXIS_TYPES.includes(type) && seriesNames.length > 1;
  if (!secondary && type !== 'stock' && type !== 'bubble') return null;
  const flagged = seriesNames.filter((_, i) => options.secondary[i] === true).length;
  const withOpen = seriesNames.length >= 4;
  return (
    <fieldset className="sheets-charts__options">
      <legend>{labels.legend}</legend>
      {secondary ? (
        <fieldset className="sheets-charts__secondary">
          <legend>{labels.secondaryAxis}</legend>
          {seriesNames.map((name, i) => {
            const checked = options.secondary[i] === true;
            return (
              <label key={i}>
                <input
                  type="checkbox"
                  checked={checked}
                  // One series at least stays on the primary axis.
                  disabled={!checked && flagged >= seriesNames.length - 1}
                  onChange={(e) => onChange({ ...options, secondary: seriesNames.map((_, j) => (j === i ? e.target.checked : options.secondary[j] === true)) })}
                />
                {name}
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {type === 'stock' ? (
        <>
          <label>
            <input type="checkbox" checked={options.hiLowLines} onChange={(e) => onChange({ ...options, hiLowLines: e.target.checked })} />
            {labels.hiLowLines}
          </label>
          <label>
            <input type="checkbox" checked={options.upDownBars && withOpen} disabled={!withOpen} aria-describedby={withOpen ? undefined : hintId} onChange={(e) => onChange({ ...options, upDownBars: e.target.checked })} />
            {labels.upDownBars}
          </label>
          {withOpen ? null : (
            <p id={hintId} className="sheets-charts__hint">
              {labels.upDownBarsHint}
            </p>
          )}
        </>
      ) : null}
      {type === 'bubble' ? (
        <>
          <Field label={labels.bubbleScale} hint={labels.bubbleScaleHint}>
            <input type="number" className="ui-input" min={0} max={300} step={10} value={options.bubbleScale} onChange={(e) => onChange({ ...options, bubbleScale: e.target.value === '' ? 0 : Number(e.target.value) })} />
          </Field>
          <label>
            <input type="checkbox" checked={options.showNegativeBubbles} onChange={(e) => onChange({ ...options, showNegativeBubbles: e.target.checked })} />
            {labels.showNegativeBubbles}
          </label>
        </>
      ) : null}
    </fieldset>
  );
}
