/**
 * The charts of the shown sheet, in a panel beside the grid, and the "Insérer un graphique"
 * dialog. Charts live here (per sheet, by index) rather than in the engine; the editor asks
 * {@link ChartLayerHandle.apply} for them when it builds the workbook to save. Their values are
 * read again from the engine after every edit (`revision`), and their references follow sheet
 * renames.
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { INSERTABLE_CHART_TYPES, renameChartSheet } from '@ostal/model';
import type { Chart, ChartLegendPosition, ChartType, Workbook } from '@ostal/model';
import { chartSourceRange, editedChart } from './chart-edit.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import { Button, ChartView, Dialog, Field } from '../ui/index.js';
import type { SheetsChartLabels } from './chart-labels.js';
import { chartSummary, chartView, currentRegion, newChart, parseRangeInput, rangeText, refreshFromCells } from './sheet-charts.js';
import type { CellReader } from './sheet-charts.js';
import './sheet-charts.css';

export interface ChartLayerHandle {
  /** The workbook with each sheet's charts as shown (values refreshed). */
  apply(workbook: Workbook): Workbook;
}

export interface ChartLayerProps {
  readonly initial: Workbook;
  readonly reader: () => CellReader;
  /** Index of the shown sheet, and every sheet's name (renames are followed). */
  readonly sheet: number;
  readonly names: readonly string[];
  /** Changes after every edit: values are read again. */
  readonly revision: number;
  readonly labels: SheetsChartLabels;
  readonly locale: string;
  /** The grid's selection (or null), to start the dialog from. */
  readonly selection: () => { top: number; left: number; bottom: number; right: number } | null;
  readonly cursor: { row: number; col: number };
  readonly onChange: () => void;
  /** Called when the dialog closes, to give the grid the focus back. */
  readonly onDone: () => void;
  readonly ref?: Ref<ChartLayerHandle>;
  /** The grid. */
  readonly children: ReactNode;
  /** Strings of the chart editing dialog; without them charts cannot be edited. */
  readonly editLabels?: SheetsToolsLabels['chart'];
}

export function ChartLayer({ initial, reader, sheet, names, revision, labels, locale, selection, cursor, onChange, onDone, ref, children, editLabels }: ChartLayerProps) {
  const [charts, setCharts] = useState<Chart[][]>(() => initial.sheets.map((s) => [...(s.charts ?? [])]));
  const [dialog, setDialog] = useState<{ range: string; type: ChartType; title: string; error: boolean; edit?: number; legend?: ChartLegendPosition } | null>(null);
  const namesRef = useRef(names);

  // Sheet renames: references that named the old name follow.
  useEffect(() => {
    const before = namesRef.current;
    namesRef.current = names;
    if (before.length !== names.length) return;
    const renamed = before.map((n, i) => [n, names[i]!] as const).filter(([a, b]) => a !== b);
    if (renamed.length === 0) return;
    setCharts((all) => all.map((list) => list.map((c) => renamed.reduce((acc, [a, b]) => renameChartSheet(acc, a, b), c))));
  }, [names]);

  const shown = useMemo(() => (revision >= 0 ? (charts[sheet] ?? []).map((c) => refreshFromCells(c, reader())) : []), [charts, sheet, revision]);

  useImperativeHandle(
    ref,
    () => ({
      apply(workbook) {
        return {
          ...workbook,
          sheets: workbook.sheets.map((s, i) => {
            const list = (charts[i] ?? []).map((c) => refreshFromCells(c, reader()));
            const { charts: _old, ...rest } = s;
            return list.length > 0 ? { ...rest, charts: list } : rest;
          }),
        };
      },
    }),
    [charts],
  );

  const open = () => {
    const r = reader();
    const sel = selection();
    const range = sel && (sel.bottom > sel.top || sel.right > sel.left) ? sel : currentRegion(r, sheet, cursor.row, cursor.col);
    setDialog({ range: rangeText(range), type: 'column', title: '', error: false });
  };

  const insert = () => {
    if (!dialog) return;
    const ref = parseRangeInput(dialog.range, names[sheet] ?? '');
    if (!ref || !names.includes(ref.sheet)) {
      setDialog({ ...dialog, error: true });
      return;
    }
    const editing = dialog.edit !== undefined ? charts[sheet]?.[dialog.edit] : undefined;
    const chart = editing ? editedChart(reader(), editing, { ref, type: dialog.type, title: dialog.title, legend: dialog.legend ?? 'right' }) : newChart(reader(), ref, dialog.type, dialog.title);
    setCharts((all) => {
      const next = [...all];
      while (next.length <= sheet) next.push([]);
      next[sheet] = editing ? (next[sheet] ?? []).map((c, k) => (k === dialog.edit ? chart : c)) : [...(next[sheet] ?? []), chart];
      return next;
    });
    setDialog(null);
    onChange();
    onDone();
  };

  const openEdit = (index: number) => {
    const chart = charts[sheet]?.[index];
    if (!chart) return;
    const source = chartSourceRange(chart);
    const here = names[sheet] ?? '';
    const range = source ? (source.sheet === here ? rangeText(source.range) : `'${source.sheet.replace(/'/g, "''")}'!${rangeText(source.range)}`) : '';
    const type = (INSERTABLE_CHART_TYPES).includes(chart.type) ? chart.type : 'column';
    setDialog({ range, type, title: chart.title ?? '', error: false, edit: index, legend: chart.legend ?? 'right' });
  };

  const remove = (index: number) => {
    setCharts((all) => all.map((list, i) => (i === sheet ? list.filter((_, k) => k !== index) : list)));
    onChange();
  };

  return (
    <div className="sheets-body">
      {children}
      <aside className="sheets-charts" aria-label={labels.panel}>
        <Button className="sheets-charts__insert" onClick={open}>
          {labels.insert}
        </Button>
        {shown.map((chart, i) => (
          <div className="sheets-charts__item" key={i}>
            <ChartView chart={chartView(chart, labels)} width={380} height={240} locale={locale} label={chartSummary(chart, labels)} categoryHeader={labels.categoryHeader} />
            <div className="sheets-charts__actions">
              {editLabels ? (
                <Button variant="quiet" onClick={() => openEdit(i)} aria-label={`${editLabels.edit} ${String(i + 1)}`}>
                  {editLabels.edit}
                </Button>
              ) : null}
              <Button variant="quiet" className="sheets-charts__remove" onClick={() => remove(i)} aria-label={`${labels.remove} ${String(i + 1)}`}>
                {labels.remove}
              </Button>
            </div>
          </div>
        ))}
      </aside>
      {dialog ? (
        <Dialog
          title={dialog.edit !== undefined && editLabels ? editLabels.editTitle : labels.insert}
          onCancel={() => {
            setDialog(null);
            onDone();
          }}
          initialFocus="input"
          footer={
            <>
              <Button
                onClick={() => {
                  setDialog(null);
                  onDone();
                }}
              >
                {labels.cancel}
              </Button>
              <Button variant="primary" onClick={insert}>
                {dialog.edit !== undefined && editLabels ? editLabels.apply : labels.confirm}
              </Button>
            </>
          }
        >
          <form
            className="sheets-charts__form"
            onSubmit={(e) => {
              e.preventDefault();
              insert();
            }}
          >
            <Field label={labels.range} hint={dialog.error ? labels.invalidRange : labels.rangeHint}>
              <input value={dialog.range} aria-invalid={dialog.error} onChange={(e) => setDialog({ ...dialog, range: e.target.value, error: false })} />
            </Field>
            <fieldset className="sheets-charts__types">
              <legend>{labels.type}</legend>
              {INSERTABLE_CHART_TYPES.map((t) => (
                <label key={t}>
                  <input type="radio" name="chart-type" value={t} checked={dialog.type === t} onChange={() => setDialog({ ...dialog, type: t })} />
                  {labels.types[t]}
                </label>
              ))}
            </fieldset>
            <Field label={labels.title}>
              <input value={dialog.title} onChange={(e) => setDialog({ ...dialog, title: e.target.value })} />
            </Field>
            {dialog.edit !== undefined && editLabels ? (
              <Field label={editLabels.legend}>
                <select className="ui-input" value={dialog.legend ?? 'right'} onChange={(e) => setDialog({ ...dialog, legend: e.target.value as ChartLegendPosition })}>
                  {(Object.keys(editLabels.legendPositions) as ChartLegendPosition[]).map((p) => (
                    <option key={p} value={p}>
                      {editLabels.legendPositions[p]}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
          </form>
        </Dialog>
      ) : null}
    </div>
  );
}
