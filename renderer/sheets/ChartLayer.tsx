/**
 * The charts and pictures of the shown sheet, floating over the grid at their anchors
 * (`DrawingLayer.tsx`), and the "Insérer un graphique" / "Modifier le graphique" dialog. Charts
 * and pictures live in the engine (`WorkbookEngine.setDrawings`), so inserting, editing, moving,
 * resizing and removing one is an undo step like any other and is saved with the sheet. Chart
 * values are read again from the engine after every edit (`revision`) and when the workbook is
 * saved ({@link withChartValues}).
 */
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { INSERTABLE_CHART_TYPES } from '@ostal/model';
import type { Chart, ChartAnchor, ChartLegendPosition, ChartType, SheetImage, Workbook } from '@ostal/model';
import { chartSourceRange, editedChart } from './chart-edit.js';
import { DEFAULT_CHART_OPTIONS, chartOptionsOf, withChartOptions } from './chart-options.js';
import type { ChartOptions } from './chart-options.js';
import { ChartOptionsFields } from './ChartOptionsFields.js';
import { rangeProblem } from './chart-price-bubble-range.js';
import type { ChartRangeProblem } from './chart-price-bubble-range.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import { Button, ChartView, Dialog, Field, isMetafile, metafileDataUrlFromBase64 } from '../ui/index.js';
import type { SheetsChartLabels } from './chart-labels.js';
import { chartSummary, chartView, currentRegion, newChart, parseRangeInput, rangeText, refreshFromCells } from './sheet-charts.js';
import type { CellReader } from './sheet-charts.js';
import { DrawingLayer } from './DrawingLayer.js';
import type { DrawnObject } from './DrawingLayer.js';
import type { GridAdapter } from './grid-adapter.js';
import type { WorkbookEngine } from './workbook-engine.js';

/** The workbook with each chart's values computed again from the cells (what is saved). */
export function withChartValues(workbook: Workbook, reader: CellReader): Workbook {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => (s.charts && s.charts.length > 0 ? { ...s, charts: s.charts.map((c) => refreshFromCells(c, reader)) } : s)),
  };
}

/** Picture types a browser shows in an `img` (anything else is kept, not drawn). */
const SHOWN_PICTURES = /^image\/(?:png|jpeg|gif|webp|bmp|svg\+xml)$/;

/** The range field's hint: the error, else what the chosen kind reads from the columns. */
function rangeHint(dialog: DialogState, labels: SheetsChartLabels): string {
  if (dialog.error === 'range') return labels.invalidRange;
  if (dialog.error) return labels.rangeProblems[dialog.error];
  return dialog.type === 'stock' || dialog.type === 'bubble' ? labels.roleHints[dialog.type] : labels.rangeHint;
}

export interface ChartLayerOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  /** Index of the shown sheet, and every sheet's name. */
  readonly sheet: number;
  readonly names: readonly string[];
  /** Changes after every edit and reload: values and positions are read again. */
  readonly revision: number;
  /** Without them (an app that gives no chart strings), charts and pictures are kept, not shown. */
  readonly labels: SheetsChartLabels | undefined;
  readonly locale: string;
  readonly cursor: { row: number; col: number };
  /** A chart or picture was inserted, changed, moved or removed (one engine step). */
  readonly onChange: () => void;
  /** Gives the grid the focus back (a dialog closed, Escape on an object). */
  readonly onDone: () => void;
  /** Strings of the chart editing dialog and of the objects over the grid. */
  readonly editLabels: SheetsToolsLabels['chart'];
}

export interface ChartLayer {
  /** "Insérer un graphique", for the data toolbar. */
  readonly button: ReactNode;
  /** The objects over the grid, to put beside it in a positioned box. */
  readonly layer: ReactNode;
  readonly dialog: ReactNode;
}

/** `error`: the range is not a rectangle ('range'), or has too few columns for the kind. */
type DialogState = { range: string; type: ChartType; title: string; error: false | 'range' | ChartRangeProblem; edit?: number; legend?: ChartLegendPosition; options: ChartOptions };

export function useChartLayer({ engine, grid, sheet, names, revision, labels: maybeLabels, locale, cursor, onChange, onDone, editLabels }: ChartLayerOptions): ChartLayer {
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const props = engine().sheetProps(sheet);
  const charts: readonly Chart[] = props.charts ?? [];
  const images: readonly SheetImage[] = props.images ?? [];
  const shown = useMemo(() => (revision >= 0 && maybeLabels ? charts.map((c) => refreshFromCells(c, engine())) : []), [charts, revision]);
  if (!maybeLabels) return { button: null, layer: null, dialog: null };
  const labels = maybeLabels;

  const setCharts = (next: readonly Chart[]) => {
    engine().setDrawings(sheet, { charts: next });
    onChange();
  };

  const open = () => {
    const r = engine();
    const sel = grid()?.selectedRange?.() ?? null;
    const range = sel && (sel.bottom > sel.top || sel.right > sel.left) ? sel : currentRegion(r, sheet, cursor.row, cursor.col);
    setDialog({ range: rangeText(range), type: 'column', title: '', error: false, options: DEFAULT_CHART_OPTIONS });
  };

  const close = () => {
    setDialog(null);
    onDone();
  };

  const insert = () => {
    if (!dialog) return;
    const ref = parseRangeInput(dialog.range, names[sheet] ?? '');
    if (!ref || !names.includes(ref.sheet)) {
      setDialog({ ...dialog, error: 'range' });
      return;
    }
    const problem = rangeProblem(dialog.type, ref.range);
    if (problem) {
      setDialog({ ...dialog, error: problem });
      return;
    }
    const editing = dialog.edit !== undefined ? charts[dialog.edit] : undefined;
    const built = editing ? editedChart(engine(), editing, { ref, type: dialog.type, title: dialog.title, legend: dialog.legend ?? 'right' }) : newChart(engine(), ref, dialog.type, dialog.title);
    const chart = withChartOptions(built, dialog.options);
    setCharts(editing ? charts.map((c, k) => (k === dialog.edit ? chart : c)) : [...charts, chart]);
    close();
  };

  const openEdit = (index: number) => {
    const chart = charts[index];
    if (!chart) return;
    const source = chartSourceRange(chart);
    const here = names[sheet] ?? '';
    const range = source ? (source.sheet === here ? rangeText(source.range) : `'${source.sheet.replace(/'/g, "''")}'!${rangeText(source.range)}`) : '';
    const type = INSERTABLE_CHART_TYPES.includes(chart.type) ? chart.type : 'column';
    setDialog({ range, type, title: chart.title ?? '', error: false, edit: index, legend: chart.legend ?? 'right', options: chartOptionsOf(chart) });
  };

  const indexOf = (id: string): { kind: 'chart' | 'image'; index: number } => {
    const [kind, n] = id.split('-');
    return { kind: kind === 'image' ? 'image' : 'chart', index: Number(n) };
  };

  const remove = (id: string) => {
    const { kind, index } = indexOf(id);
    if (kind === 'chart') setCharts(charts.filter((_, k) => k !== index));
    else {
      engine().setDrawings(sheet, { images: images.filter((_, k) => k !== index) });
      onChange();
    }
  };

  const place = (id: string, anchor: ChartAnchor, size: { width: number; height: number }) => {
    const { kind, index } = indexOf(id);
    if (kind === 'chart') setCharts(charts.map((c, k) => (k === index ? { ...c, anchor } : c)));
    else {
      engine().setDrawings(sheet, { images: images.map((im, k) => (k === index ? { ...im, anchor, size } : im)) });
      onChange();
    }
  };

  const objects: DrawnObject[] = [
    ...shown.map(
      (chart, i): DrawnObject => ({
        id: `chart-${String(i)}`,
        anchor: chart.anchor,
        label: editLabels.frame(chart.title ?? labels.untitled),
        content: (width, height) => (
          <ChartView chart={chartView(chart, labels)} width={width} height={height} locale={locale} label={chartSummary(chart, labels)} categoryHeader={labels.categoryHeader} {...(labels.sizeHeader ? { sizeHeader: labels.sizeHeader } : {})} />
        ),
        actions: () => (
          <>
            <Button variant="quiet" onClick={() => openEdit(i)} aria-label={`${editLabels.edit} ${String(i + 1)}`}>
              {editLabels.edit}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                remove(`chart-${String(i)}`);
                onDone();
              }}
              aria-label={`${labels.remove} ${String(i + 1)}`}
            >
              {labels.remove}
            </Button>
          </>
        ),
      }),
    ),
    ...images.flatMap((image, i): DrawnObject[] => {
      const src = SHOWN_PICTURES.test(image.mediaType) ? `data:${image.mediaType};base64,${image.base64}` : isMetafile(image.mediaType) ? metafileDataUrlFromBase64(image.base64) : null;
      return src
        ? [
            {
              id: `image-${String(i)}`,
              anchor: image.anchor,
              ...(image.size ? { size: image.size } : {}),
              label: editLabels.picture(image.description ?? image.name ?? String(i + 1)),
              content: () => <img src={src} alt={image.description ?? ''} draggable={false} />,
              actions: () => (
                <Button
                  variant="quiet"
                  onClick={() => {
                    remove(`image-${String(i)}`);
                    onDone();
                  }}
                  aria-label={`${editLabels.removePicture} ${String(i + 1)}`}
                >
                  {editLabels.removePicture}
                </Button>
              ),
            },
          ]
        : [];
    }),
  ];

  const button = <Button onClick={open}>{labels.insert}</Button>;

  const layer = (
    <DrawingLayer
      grid={grid}
      objects={objects}
      revision={revision}
      hint={editLabels.moveHint}
      onPlace={place}
      onRemove={remove}
      onOpen={(id) => {
        const { kind, index } = indexOf(id);
        if (kind === 'chart') openEdit(index);
      }}
      onDone={onDone}
    />
  );

  const editing = dialog?.edit !== undefined;
  // The series the range gives now, for the per-series options (none while the range is wrong).
  const previewRef = dialog ? parseRangeInput(dialog.range, names[sheet] ?? '') : null;
  const preview = dialog && previewRef && names.includes(previewRef.sheet) ? newChart(engine(), previewRef, dialog.type, dialog.title) : null;
  const seriesNames = (preview?.series ?? []).map((s, i) => s.name ?? labels.seriesName(i + 1));
  const dialogNode = dialog ? (
    <Dialog
      title={editing ? editLabels.editTitle : labels.insert}
      onCancel={close}
      initialFocus="input"
      footer={
        <>
          <Button onClick={close}>{labels.cancel}</Button>
          <Button variant="primary" onClick={insert}>
            {editing ? editLabels.apply : labels.confirm}
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
        <Field label={labels.range} hint={rangeHint(dialog, labels)}>
          <input value={dialog.range} aria-invalid={dialog.error !== false} onChange={(e) => setDialog({ ...dialog, range: e.target.value, error: false })} />
        </Field>
        <fieldset className="sheets-charts__types">
          <legend>{labels.type}</legend>
          {INSERTABLE_CHART_TYPES.map((t) => (
            <label key={t}>
              <input type="radio" name="chart-type" value={t} checked={dialog.type === t} onChange={() => setDialog({ ...dialog, type: t, error: dialog.error === 'range' ? 'range' : false })} />
              {labels.types[t]}
            </label>
          ))}
        </fieldset>
        <Field label={labels.title}>
          <input value={dialog.title} onChange={(e) => setDialog({ ...dialog, title: e.target.value })} />
        </Field>
        {editing ? (
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
        <ChartOptionsFields type={dialog.type} seriesNames={seriesNames} options={dialog.options} onChange={(options) => setDialog({ ...dialog, options })} labels={editLabels.options} kindNames={labels.types} />
      </form>
    </Dialog>
  ) : null;

  return { button, layer, dialog: dialogNode };
}
