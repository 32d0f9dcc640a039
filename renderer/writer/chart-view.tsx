/**
 * How the writer draws a `chart` node (charts of Word documents, model text-chart-schema.ts):
 * the shared ChartView from its cached values, at the node's size, as one selectable inline
 * object; its SVG (role img) is named by the alternative text, else the title ("Graphique" otherwise).
 */
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { Chart } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { ChartView, chartViewData } from '../ui/index.js';

const EMU_PER_PX = 9525;

function pixels(emu: unknown): number {
  return Math.max(24, Math.min(4000, Math.round(Number(emu) / EMU_PER_PX) || 0));
}

export class WriterChartView implements NodeView {
  readonly dom: HTMLElement;
  private readonly root: Root;
  private node: PMNode;

  constructor(
    node: PMNode,
    private readonly label: string,
  ) {
    this.node = node;
    this.dom = document.createElement('span');
    this.dom.className = 'text-chart writer-chart';
    this.dom.contentEditable = 'false';
    this.root = createRoot(this.dom);
    this.draw();
  }

  private draw(): void {
    const { chart, width, height, alt, title } = this.node.attrs as { chart: Chart; width: number; height: number; alt: string | null; title: string | null };
    const w = pixels(width);
    const h = pixels(height);
    const name = chart.title ?? title ?? alt ?? this.label;
    this.dom.style.width = `${String(w)}px`;
    this.dom.style.height = `${String(h)}px`;
    const lang = document.documentElement.lang || 'fr';
    this.root.render(<ChartView chart={chartViewData(chart)} width={w} height={h} locale={lang} label={alt ?? name} categoryHeader="" />);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node.attrs !== this.node.attrs) {
      this.node = node;
      this.draw();
    }
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    // Unmounting while React renders (a view torn down inside an update) waits a turn.
    queueMicrotask(() => this.root.unmount());
  }
}
