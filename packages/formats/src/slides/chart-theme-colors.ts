/**
 * Series colours of a chart read from PPTX whose series name none: PowerPoint draws them with
 * the theme's accent colours in turn (accent1 for the first series...), while an ODF reader
 * would use its own palette. Written to ODP, such a chart carries those colours explicitly.
 * Pie and doughnut charts colour their points, not their series, and are left alone.
 */
import type { Chart, DeckTheme } from '@ostal/model';

const ACCENTS = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'];

/** `chart` with each uncoloured series given the theme's accent colour of its rank. */
export function chartWithThemeColors(chart: Chart, theme: DeckTheme | undefined): Chart {
  if (!theme || chart.type === 'pie' || chart.type === 'doughnut') return chart;
  return {
    ...chart,
    series: chart.series.map((s, i) => {
      if (s.color) return s;
      const rgb = theme.colors[ACCENTS[i % ACCENTS.length]!];
      return rgb && /^[0-9A-Fa-f]{6}$/.test(rgb) ? { ...s, color: `#${rgb.toUpperCase()}` } : s;
    }),
  };
}
