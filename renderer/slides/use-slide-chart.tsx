/**
 * Charts in the slides editor: a double-click on a chart, Enter on a selected one or the side
 * panel's "Modifier le graphique…" open the chart editing dialog shared with the writer
 * (`renderer/ui` ChartEditDialog); OK replaces the chart in one undo step, Annuler changes
 * nothing. Insertion > Graphique opens the same dialog on sample values; OK inserts the chart
 * centred on the slide, Annuler inserts nothing. The focus goes back to the slide.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { ChartEditDialog, sampleChartData } from '../ui/index.js';
import type { ChartEditLabels } from '../ui/index.js';
import { insertSlideChart, isChartShape, setSlideChart } from './chart-operations.js';
import { findShape } from './group-members.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

export interface UseSlideChartOptions {
  readonly deck: Deck;
  readonly index: number;
  /** The slide's editable shapes. */
  readonly shapes: readonly DeckShape[];
  readonly labels: ChartEditLabels;
  /** Records a deck change as one undo step. */
  readonly commit: (deck: Deck) => void;
  /** Selects the inserted chart. */
  readonly onSelect: (ids: ReadonlySet<number>) => void;
  /** Gives the focus back to the slide once the dialog has closed. */
  readonly onDone: () => void;
}

export function useSlideChart({ deck, index, shapes, labels, commit, onSelect, onDone }: UseSlideChartOptions) {
  /** The chart frame being edited (its id), a new chart, or none. */
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const close = () => {
    setEditing(null);
    onDone();
  };
  const edit = (id: number) => {
    if (isChartShape(findShape(shapes, id))) setEditing(id);
  };

  let dialog: ReactNode = null;
  const locale = (typeof document !== 'undefined' ? document.documentElement.lang : '') || 'fr';
  if (editing === 'new') {
    dialog = (
      <ChartEditDialog
        chart={{ ...sampleChartData(labels.category, labels.newSeries), anchor: NO_ANCHOR }}
        labels={labels}
        locale={locale}
        title={labels.insertTitle}
        onClose={close}
        onSubmit={(chart) => {
          const r = insertSlideChart(deck, index, chart, labels.toolbar);
          commit(r.deck);
          onSelect(new Set([r.id]));
          close();
        }}
      />
    );
  } else if (editing !== null) {
    const shape = findShape(shapes, editing);
    if (isChartShape(shape)) {
      dialog = (
        <ChartEditDialog
          chart={shape.chart}
          labels={labels}
          locale={locale}
          onClose={close}
          onSubmit={(chart) => {
            commit(setSlideChart(deck, index, editing, chart));
            close();
          }}
        />
      );
    }
  }

  return {
    /** Opens the dialog on the chart frame `id` (nothing when it is not a chart). */
    edit,
    /** Insertion > Graphique. */
    insertNew: () => setEditing('new'),
    dialog,
  };
}
