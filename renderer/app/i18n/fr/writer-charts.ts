/** French messages of editing a chart in a text document. `{name}` marks a parameter. */
export const frWriterCharts = {
  'writer.chart.toolbar': 'Graphique',
  'writer.chart.edit': 'Modifier le graphique',
  'writer.chart.insert': 'Graphique',
  'writer.chart.insertTitle': 'Insérer un graphique',
  'writer.chart.data': 'Données du graphique',
  'writer.chart.categories': 'Catégories',
  'writer.chart.seriesName': 'Nom de la série {n}',
  'writer.chart.category': 'Catégorie {n}',
  'writer.chart.value': '{series}, {category}',
  'writer.chart.newSeries': 'Série {n}',
  'writer.chart.addRow': 'Ajouter une ligne',
  'writer.chart.removeRow': 'Supprimer la dernière ligne',
  'writer.chart.addSeries': 'Ajouter une série',
  'writer.chart.removeSeries': 'Supprimer la dernière série',
  'writer.chart.notNumber': '« {text} » n’est pas un nombre ({where}). Saisissez un nombre, par exemple 1234,5, ou laissez la case vide.',
  'writer.chart.selected': 'Graphique : {type}, séries : {count}',
} as const;
