import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChartType } from '@ostal/model';
import { ChartOptionsFields } from './ChartOptionsFields.js';
import { DEFAULT_CHART_OPTIONS } from './chart-options.js';
import type { ChartOptions } from './chart-options.js';

const labels = {
  legend: 'Options',
  series: 'Séries : type et couleur',
  seriesKind: (name: string) => `Type de la série ${name}`,
  seriesColor: (name: string) => `Couleur de la série ${name}`,
  categoryAxisTitle: 'Titre de l’axe des catégories',
  valueAxisTitle: 'Titre de l’axe des valeurs',
  secondaryAxis: 'Séries sur l’axe secondaire',
  hiLowLines: 'Lignes haut-bas',
  upDownBars: 'Barres hausse-baisse',
  upDownBarsHint: 'Avec une colonne d’ouverture seulement.',
  bubbleScale: 'Taille des bulles (%)',
  bubbleScaleHint: 'De 0 à 300 %.',
  showNegativeBubbles: 'Afficher les bulles négatives',
};
const kindNames = { column: 'Colonnes', bar: 'Barres', line: 'Lignes', pie: 'Secteurs', area: 'Aires', scatter: 'Nuage', doughnut: 'Anneau', radar: 'Radar', stock: 'Boursier', bubble: 'À bulles' };
const render = (type: ChartType, options: ChartOptions = DEFAULT_CHART_OPTIONS) =>
  renderToStaticMarkup(<ChartOptionsFields type={type} seriesNames={['Montant', 'Objectif']} options={options} onChange={() => undefined} labels={labels} kindNames={kindNames} />);

describe('ChartOptionsFields', () => {
  it('offers each series of a column chart a kind (columns, lines, areas) and a colour, and the axes titles', () => {
    const html = render('column', { ...DEFAULT_CHART_OPTIONS, kinds: [undefined, 'line'], colors: [undefined, '#C00000'], valueAxisTitle: 'Euros' });
    expect(html).toContain('aria-label="Type de la série Objectif"');
    expect(html).toMatch(/aria-label="Type de la série Objectif"><option value="column">Colonnes<\/option><option value="line" selected="">Lignes<\/option><option value="area">Aires<\/option>/);
    // Without a colour of its own, the colour shown is the palette's.
    expect(html).toContain('type="color" aria-label="Couleur de la série Montant" value="#4472C4"');
    expect(html).toContain('aria-label="Couleur de la série Objectif" value="#C00000"');
    expect(html).toContain('Titre de l’axe des valeurs');
    expect(html).toContain('value="Euros"');
  });

  it('offers colours but no kinds where series cannot mix, and nothing for a pie', () => {
    const bar = render('bar');
    expect(bar).not.toContain('Type de la série');
    expect(bar).toContain('Couleur de la série Objectif');
    expect(render('radar')).not.toContain('Titre de l’axe');
    expect(render('pie')).toBe('');
  });
});
