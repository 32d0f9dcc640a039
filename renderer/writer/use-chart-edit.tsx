/**
 * Charts in the editor: a selected chart shows a contextual toolbar ("Modifier le graphique…")
 * and its kind in the status line; the button, a double-click on the chart or Enter while it is
 * selected open ChartEditDialog, whose result replaces the chart in one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Chart } from '@ostal/model';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { Button, ChartEditDialog, Toolbar } from '../ui/index.js';
import type { ChartEditLabels } from '../ui/index.js';
import { insertChart, newChartSize, sampleChart, selectedChart, setChart } from './chart-data.js';
import { textWidthEmu } from './picture-commands.js';
import { syncSelectionFromPage } from './dom-selection.js';

export interface UseChartEditOptions {
  readonly viewRef: RefObject<EditorView | null>;
  readonly loadingRef: RefObject<boolean>;
  readonly labels: ChartEditLabels;
  readonly run: (command: Command) => void;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

export function useChartEdit({ viewRef, loadingRef, labels, run }: UseChartEditOptions) {
  /** The chart being edited (its position), a new one to insert, or none. */
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  const open = (pos: number) => {
    if (!loadingRef.current) setEditing(pos);
  };
  const close = () => setEditing(null);
  // Back to the text once the dialog has closed (after it gave the focus back to its opener, a ribbon button).
  const hadDialog = useRef(false);
  useEffect(() => {
    if (editing === null && hadDialog.current) viewRef.current?.focus();
    hadDialog.current = editing !== null;
  }, [editing, viewRef]);

  /** Editor props: a double-click on a chart, or Enter on a selected one, edits it. */
  const editProps = {
    handleDoubleClickOn: (view: EditorView, _pos: number, node: PMNode, nodePos: number): boolean => {
      if (node.type.name !== 'chart') return false;
      view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
      open(nodePos);
      return true;
    },
    handleKeyDown: (view: EditorView, event: KeyboardEvent): boolean => {
      if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
      const chart = selectedChart(view.state);
      if (!chart) return false;
      open(chart.pos);
      return true;
    },
  };

  /** Insertion > Graphique: the dialog on a sample chart; OK inserts it at the cursor. */
  const insertNew = () => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    setEditing('new');
  };

  return {
    editProps,
    insertNew,
    toolbar: (state: EditorState): ReactNode => {
      const chart = selectedChart(state);
      if (!chart) return null;
      return (
        <Toolbar label={labels.toolbar} className="writer-toolbar writer-picture-toolbar">
          <span className="writer-picture-toolbar__title" aria-hidden="true">
            {labels.toolbar}
          </span>
          <Button variant="quiet" onMouseDown={keepFocus} onClick={() => open(chart.pos)}>
            {labels.edit}…
          </Button>
        </Toolbar>
      );
    },
    status: (state: EditorState): ReactNode => {
      const chart = selectedChart(state);
      if (!chart) return null;
      const value = chart.node.attrs.chart as Chart;
      return <span>{labels.selected(labels.types[value.type], value.series.length)}</span>;
    },
    dialog: (state: EditorState): ReactNode => {
      if (editing === null) return null;
      const locale = window.document.documentElement.lang || 'fr';
      if (editing === 'new') {
        return (
          <ChartEditDialog
            chart={sampleChart(labels.category, labels.newSeries)}
            labels={labels}
            locale={locale}
            title={labels.insertTitle}
            onClose={close}
            onSubmit={(chart) => {
              setEditing(null);
              run(insertChart(chart, newChartSize(textWidthEmu(state.doc))));
            }}
          />
        );
      }
      const node = state.doc.nodeAt(editing);
      if (!node || node.type.name !== 'chart') return null;
      return (
        <ChartEditDialog
          chart={node.attrs.chart as Chart}
          labels={labels}
          locale={locale}
          onClose={close}
          onSubmit={(chart) => {
            setEditing(null);
            run(setChart(editing, chart));
          }}
        />
      );
    },
  };
}
