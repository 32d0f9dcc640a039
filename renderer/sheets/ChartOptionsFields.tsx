/**
 * The options group of the chart dialog, for the chosen kind: per series, its kind (columns,
 * lines, areas: a combined chart) and colour; the axes' titles; a checkbox per series for the
 * secondary value axis (columns, bars, lines with two series or more), the high-low lines and
 * up-down bars of a stock chart, the bubble size and negative bubbles of a bubble chart. Every
 * control has its label; nothing shows for kinds without options.
 */
import { useId } from 'react';
import type { ChartType, CombinedSeriesType } from '@ostal/model';
import { CHART_PALETTE, Field } from '../ui/index.js';
import { AXIS_TITLE_TYPES, COMBINED_KINDS, SECONDARY_AXIS_TYPES, SERIES_COLOR_TYPES } from './chart-options.js';
import type { ChartOptions } from './chart-options.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';

export interface ChartOptionsFieldsProps {
  readonly type: ChartType;
  /** The names of the series the range gives (legend names), in order. */
  readonly seriesNames: readonly string[];
  readonly options: ChartOptions;
  readonly onChange: (options: ChartOptions) => void;
  readonly labels: SheetsToolsLabels['chart']['options'];
  /** Names of the chart kinds ("Colonnes", "Lignes"...), for the series' kinds. */
  readonly kindNames: Readonly<Record<ChartType, string>>;
}

export function ChartOptionsFields({ type, seriesNames, options, onChange, labels, kindNames }: ChartOptionsFieldsProps) {
  const hintId = useId();
  const secondary = SECONDARY_AXIS_TYPES.includes(type) && seriesNames.length > 1;
  const kinds = (COMBINED_KINDS as readonly ChartType[]).includes(type) && seriesNames.length > 1;
  const colors = SERIES_COLOR_TYPES.includes(type) && seriesNames.length > 0;
  const axes = AXIS_TITLE_TYPES.includes(type);
  if (!secondary && !kinds && !colors && !axes && type !== 'stock' && type !== 'bubble') return null;
  const at = <T,>(list: readonly T[], i: number, value: T): T[] => seriesNames.map((_, j) => (j === i ? value : list[j]!));
  const flagged = seriesNames.filter((_, i) => options.secondary[i] === true).length;
  const withOpen = seriesNames.length >= 4;
  return (
    <fieldset className="sheets-charts__options">
      <legend>{labels.legend}</legend>
      {kinds || colors ? (
        <fieldset className="sheets-charts__series">
          <legend>{labels.series}</legend>
          {seriesNames.map((name, i) => (
            <div key={i} className="sheets-charts__series-row">
              <span>{name}</span>
              {kinds ? (
                <select
                  className="ui-input"
                  aria-label={labels.seriesKind(name)}
                  value={options.kinds[i] ?? type}
                  onChange={(e) => onChange({ ...options, kinds: at(options.kinds, i, e.target.value as CombinedSeriesType) })}
                >
                  {COMBINED_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {kindNames[k]}
                    </option>
                  ))}
                </select>
              ) : null}
              {colors ? (
                <input
                  type="color"
                  aria-label={labels.seriesColor(name)}
                  value={options.colors[i] ?? CHART_PALETTE[i % CHART_PALETTE.length]!}
                  onChange={(e) => onChange({ ...options, colors: at(options.colors, i, e.target.value.toUpperCase()) })}
                />
              ) : null}
            </div>
          ))}
        </fieldset>
      ) : null}
      {axes ? (
        <>
          <Field label={labels.categoryAxisTitle}>
            <input className="ui-input" value={options.categoryAxisTitle} onChange={(e) => onChange({ ...options, categoryAxisTitle: e.target.value })} />
          </Field>
          <Field label={labels.valueAxisTitle}>
            <input className="ui-input" value={options.valueAxisTitle} onChange={(e) => onChange({ ...options, valueAxisTitle: e.target.value })} />
          </Field>
        </>
      ) : null}
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
