/**
 * "Modifier le graphique": the kind, title and legend of a chart (of a text document or a
 * slide), its look (each series' colour, the values shown on the chart, the axes' titles) and its
 * values in a table (categories down, series across) where rows and series are added and
 * removed. Values are typed the user's way (decimal comma in French); one that is not a number
 * is named and keeps the dialog open.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../Button.js';
import { Dialog } from '../Dialog.js';
import { Field } from '../Field.js';
import type { ChartKind } from './chart-scale.js';
import { AXIS_TITLE_KINDS, CHART_LEGENDS, SERIES_COLOR_KINDS, chartFromTable, chartTable, chartTypesFor, formatChartValue, parseChartValue, showsValueLabels } from './chart-edit-data.js';
import { CHART_PALETTE } from './ChartView.js';
import type { ChartLegendPlace, EditableChart } from './chart-edit-data.js';
import type { ChartEditLabels } from './chart-edit-labels.js';
import './chart-edit.css';

export interface ChartEditDialogProps<C extends EditableChart> {
  /** The chart edited; what the dialog does not show (colours, size, anchor...) is kept in the result. */
  readonly chart: C;
  readonly labels: ChartEditLabels;
  readonly locale: string;
  /** The dialog's title (default: "Modifier le graphique"). */
  readonly title?: string;
  readonly onSubmit: (chart: C) => void;
  readonly onClose: () => void;
}

interface Draft {
  readonly categories: string[];
  readonly names: string[];
  /** A series' own colour (`#rrggbb`), or undefined for the palette's. */
  readonly colors: (string | undefined)[];
  /** Typed text, [series][point]. */
  readonly values: string[][];
}

const FORM_ID = 'ui-chart-edit-form';

export function ChartEditDialog<C extends EditableChart>({ chart, labels, locale, title: dialogTitle, onSubmit, onClose }: ChartEditDialogProps<C>) {
  const [type, setType] = useState<ChartKind>(chart.type);
  const [title, setTitle] = useState(chart.title ?? '');
  const [legend, setLegend] = useState<ChartLegendPlace>(chart.legend ?? 'right');
  const [draft, setDraft] = useState<Draft>(() => {
    const table = chartTable(chart, labels.newSeries);
    return { categories: [...table.categories], names: table.series.map((s) => s.name), colors: table.series.map((s) => s.color), values: table.series.map((s) => s.values.map((v) => formatChartValue(v, locale))) };
  });
  const [valueLabels, setValueLabels] = useState(() => showsValueLabels(chart));
  const [categoryAxisTitle, setCategoryAxisTitle] = useState(chart.categoryAxisTitle ?? '');
  const [valueAxisTitle, setValueAxisTitle] = useState(chart.valueAxisTitle ?? '');
  const [error, setError] = useState<{ text: string; series: number; point: number } | null>(null);

  const change = (next: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setError(null);
  };
  const setCell = (s: number, p: number, text: string) => change({ values: draft.values.map((row, i) => (i === s ? row.map((v, j) => (j === p ? text : v)) : row)) });
  const points = draft.categories.length;
  const addRow = () => change({ categories: [...draft.categories, ''], values: draft.values.map((row) => [...row, '']) });
  const removeRow = () => points > 1 && change({ categories: draft.categories.slice(0, -1), values: draft.values.map((row) => row.slice(0, -1)) });
  const addSeries = () => change({ names: [...draft.names, labels.newSeries(draft.names.length + 1)], colors: [...draft.colors, undefined], values: [...draft.values, draft.categories.map(() => '')] });
  const removeSeries = () => draft.names.length > 1 && change({ names: draft.names.slice(0, -1), colors: draft.colors.slice(0, -1), values: draft.values.slice(0, -1) });
  const valueName = (s: number, p: number) => labels.value(draft.names[s] || labels.newSeries(s + 1), draft.categories[p] || labels.category(p + 1));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const series = [];
    for (let s = 0; s < draft.names.length; s++) {
      const values: (number | null)[] = [];
      for (let p = 0; p < points; p++) {
        const text = draft.values[s]![p]!;
        const value = parseChartValue(text, locale);
        if (value === undefined) {
          setError({ text: labels.notNumber(text.trim(), valueName(s, p)), series: s, point: p });
          document.getElementById(`${FORM_ID}-v-${String(s)}-${String(p)}`)?.focus();
          return;
        }
        values.push(value);
      }
      const color = draft.colors[s];
      series.push({ name: draft.names[s]!.trim() || labels.newSeries(s + 1), values, ...(color ? { color } : {}) });
    }
    const axes = AXIS_TITLE_KINDS.includes(type);
    onSubmit(chartFromTable(chart, { type, title, legend, valueLabels, ...(axes ? { categoryAxisTitle, valueAxisTitle } : {}) }, { categories: draft.categories.map((c) => c.trim()), series }));
  };

  const types = chartTypesFor(chart);
  const colored = SERIES_COLOR_KINDS.includes(type);
  const axes = AXIS_TITLE_KINDS.includes(type);
  return (
    <Dialog
      title={dialogTitle ?? labels.edit}
      onCancel={onClose}
      size="large"
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" type="submit" form={FORM_ID}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className="ui-chart-edit" onSubmit={submit} noValidate>
        <div className="ui-chart-edit__settings">
          <Field label={labels.type}>
            <select className="ui-select" value={type} disabled={types.length < 2} onChange={(e) => setType(e.target.value as ChartKind)}>
              {types.map((t) => (
                <option key={t} value={t}>
                  {labels.types[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={labels.title}>
            <input className="ui-input" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field label={labels.legend}>
            <select className="ui-select" value={legend} onChange={(e) => setLegend(e.target.value as ChartLegendPlace)}>
              {CHART_LEGENDS.map((l) => (
                <option key={l} value={l}>
                  {labels.legends[l]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="ui-chart-edit__settings">
          <label className="ui-chart-edit__check">
            <input type="checkbox" checked={valueLabels} onChange={(e) => setValueLabels(e.target.checked)} />
            {labels.valueLabels}
          </label>
          {axes ? (
            <>
              <Field label={labels.categoryAxisTitle}>
                <input className="ui-input" value={categoryAxisTitle} onChange={(e) => setCategoryAxisTitle(e.target.value)} />
              </Field>
              <Field label={labels.valueAxisTitle}>
                <input className="ui-input" value={valueAxisTitle} onChange={(e) => setValueAxisTitle(e.target.value)} />
              </Field>
            </>
          ) : null}
        </div>
        {error && (
          <p role="alert" className="ui-chart-edit__error">
            {error.text}
          </p>
        )}
        <div className="ui-chart-edit__scroll">
          <table className="ui-chart-edit__table">
            <caption>{labels.data}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.categories}</th>
                {draft.names.map((name, s) => (
                  <th key={s} scope="col">
                    <input className="ui-input" aria-label={labels.seriesName(s + 1)} value={name} onChange={(e) => change({ names: draft.names.map((n, i) => (i === s ? e.target.value : n)) })} />
                    {colored ? (
                      <input
                        type="color"
                        className="ui-chart-edit__color"
                        aria-label={labels.seriesColor(name || labels.newSeries(s + 1))}
                        value={(draft.colors[s] ?? CHART_PALETTE[s % CHART_PALETTE.length]!).toLowerCase()}
                        onChange={(e) => change({ colors: draft.colors.map((c, i) => (i === s ? e.target.value.toUpperCase() : c)) })}
                      />
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {draft.categories.map((category, p) => (
                <tr key={p}>
                  <th scope="row">
                    <input className="ui-input" aria-label={labels.category(p + 1)} value={category} onChange={(e) => change({ categories: draft.categories.map((c, i) => (i === p ? e.target.value : c)) })} />
                  </th>
                  {draft.names.map((_, s) => (
                    <td key={s}>
                      <input
                        id={`${FORM_ID}-v-${String(s)}-${String(p)}`}
                        className="ui-input ui-chart-edit__value"
                        inputMode="decimal"
                        aria-label={valueName(s, p)}
                        aria-invalid={error?.series === s && error.point === p ? true : undefined}
                        value={draft.values[s]![p]}
                        onChange={(e) => setCell(s, p, e.target.value)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="ui-chart-edit__actions">
          <Button onClick={addRow}>{labels.addRow}</Button>
          <Button onClick={removeRow} disabled={points < 2}>
            {labels.removeRow}
          </Button>
          <Button onClick={addSeries}>{labels.addSeries}</Button>
          <Button onClick={removeSeries} disabled={draft.names.length < 2}>
            {labels.removeSeries}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
