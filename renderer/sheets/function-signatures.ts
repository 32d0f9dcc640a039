/**
 * Argument names for the function hint, in French and English, for the functions people use
 * most; other functions get names from the engine's own description of their arguments
 * (`nombre`, `texte`, `plage`...). A final `…` means the last arguments can repeat.
 */
import { HyperFormula } from 'hyperformula';
import { FINANCIAL_ARGUMENTS } from './financial-function-words.js';

/** `français | English` argument lists; `[x]` is optional. */
const COMMON: Readonly<Record<string, string>> = {
  SUM: 'nombre1; [nombre2]; … | number1, [number2], …',
  AVERAGE: 'nombre1; [nombre2]; … | number1, [number2], …',
  MIN: 'nombre1; [nombre2]; … | number1, [number2], …',
  MAX: 'nombre1; [nombre2]; … | number1, [number2], …',
  PRODUCT: 'nombre1; [nombre2]; … | number1, [number2], …',
  COUNT: 'valeur1; [valeur2]; … | value1, [value2], …',
  COUNTA: 'valeur1; [valeur2]; … | value1, [value2], …',
  COUNTBLANK: 'plage | range',
  IF: 'test_logique; valeur_si_vrai; [valeur_si_faux] | logical_test, value_if_true, [value_if_false]',
  IFERROR: 'valeur; valeur_si_erreur | value, value_if_error',
  IFNA: 'valeur; valeur_si_na | value, value_if_na',
  IFS: 'test1; valeur_si_vrai1; … | test1, value_if_true1, …',
  AND: 'valeur_logique1; [valeur_logique2]; … | logical1, [logical2], …',
  OR: 'valeur_logique1; [valeur_logique2]; … | logical1, [logical2], …',
  NOT: 'valeur_logique | logical',
  VLOOKUP: 'valeur_cherchée; table_matrice; no_index_col; [valeur_proche] | lookup_value, table_array, col_index_num, [range_lookup]',
  HLOOKUP: 'valeur_cherchée; table_matrice; no_index_lig; [valeur_proche] | lookup_value, table_array, row_index_num, [range_lookup]',
  SWITCH: 'expression; valeur1; résultat1; [par_défaut_ou_valeur2]; … | expression, value1, result1, [default_or_value2], …',
  XLOOKUP: 'valeur_cherchée; tableau_recherche; tableau_renvoyé; [si_non_trouvé]; [mode_correspondance]; [mode_recherche] | lookup_value, lookup_array, return_array, [if_not_found], [match_mode], [search_mode]',
  XMATCH: 'valeur_cherchée; tableau_recherche; [mode_correspondance]; [mode_recherche] | lookup_value, lookup_array, [match_mode], [search_mode]',
  INDEX: 'matrice; no_lig; [no_col] | array, row_num, [column_num]',
  MATCH: 'valeur_cherchée; tableau_recherche; [type] | lookup_value, lookup_array, [match_type]',
  COUNTIF: 'plage; critère | range, criteria',
  COUNTIFS: 'plage_critères1; critère1; … | criteria_range1, criteria1, …',
  SUMIF: 'plage; critère; [somme_plage] | range, criteria, [sum_range]',
  SUMIFS: 'somme_plage; plage_critères1; critère1; … | sum_range, criteria_range1, criteria1, …',
  AVERAGEIF: 'plage; critère; [moyenne_plage] | range, criteria, [average_range]',
  AVERAGEIFS: 'moyenne_plage; plage_critères1; critère1; … | average_range, criteria_range1, criteria1, …',
  MAXIFS: 'max_plage; plage_critères1; critère1; … | max_range, criteria_range1, criteria1, …',
  MINIFS: 'min_plage; plage_critères1; critère1; … | min_range, criteria_range1, criteria1, …',
  SUMPRODUCT: 'matrice1; [matrice2]; … | array1, [array2], …',
  CONVERT: 'nombre; de_unité; à_unité | number, from_unit, to_unit',
  SORTBY: 'tableau; par_tableau1; [ordre_tri1]; … | array, by_array1, [sort_order1], …',
  TAKE: 'tableau; lignes; [colonnes] | array, rows, [columns]',
  DROP: 'tableau; lignes; [colonnes] | array, rows, [columns]',
  CHOOSEROWS: 'tableau; no_ligne1; [no_ligne2]; … | array, row_num1, [row_num2], …',
  CHOOSECOLS: 'tableau; no_col1; [no_col2]; … | array, col_num1, [col_num2], …',
  EXPAND: 'tableau; lignes; [colonnes]; [remplir_avec] | array, rows, [columns], [pad_with]',
  TOCOL: 'tableau; [ignorer]; [analyser_par_colonne] | array, [ignore], [scan_by_column]',
  TOROW: 'tableau; [ignorer]; [analyser_par_colonne] | array, [ignore], [scan_by_column]',
  WRAPROWS: 'vecteur; nombre_retour; [remplir_avec] | vector, wrap_count, [pad_with]',
  WRAPCOLS: 'vecteur; nombre_retour; [remplir_avec] | vector, wrap_count, [pad_with]',
  ROUND: 'nombre; no_chiffres | number, num_digits',
  ROUNDUP: 'nombre; no_chiffres | number, num_digits',
  ROUNDDOWN: 'nombre; no_chiffres | number, num_digits',
  INT: 'nombre | number',
  ABS: 'nombre | number',
  MOD: 'nombre; diviseur | number, divisor',
  POWER: 'nombre; puissance | number, power',
  SQRT: 'nombre | number',
  CONCATENATE: 'texte1; [texte2]; … | text1, [text2], …',
  CONCAT: 'texte1; [texte2]; … | text1, [text2], …',
  TEXTJOIN: 'délimiteur; ignorer_vide; texte1; [texte2]; … | delimiter, ignore_empty, text1, [text2], …',
  TEXTBEFORE: 'texte; délimiteur; [no_instance]; [mode_correspondance]; [fin_correspondance]; [si_introuvable] | text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]',
  TEXTAFTER: 'texte; délimiteur; [no_instance]; [mode_correspondance]; [fin_correspondance]; [si_introuvable] | text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]',
  TEXTSPLIT: 'texte; délimiteur_col; [délimiteur_ligne]; [ignorer_vide]; [mode_correspondance]; [remplir_avec] | text, col_delimiter, [row_delimiter], [ignore_empty], [match_mode], [pad_with]',
  FIXED: 'nombre; [décimales]; [no_séparateur] | number, [decimals], [no_commas]',
  DOLLAR: 'nombre; [décimales] | number, [decimals]',
  USDOLLAR: 'nombre; [décimales] | number, [decimals]',
  REGEXTEST: 'texte; modèle; [respect_casse] | text, pattern, [case_sensitivity]',
  REGEXEXTRACT: 'texte; modèle; [mode_renvoi]; [respect_casse] | text, pattern, [return_mode], [case_sensitivity]',
  REGEXREPLACE: 'texte; modèle; remplacement; [occurrence]; [respect_casse] | text, pattern, replacement, [occurrence], [case_sensitivity]',
  REGEX: 'texte; expression; [remplacement]; [indicateurs_ou_occurrence] | text, expression, [replacement], [flags_or_occurrence]',
  LET: 'nom1; valeur1; [nom2; valeur2]; …; calcul | name1, value1, [name2, value2], …, calculation',
  AREAS: 'référence | reference',
  CELL: 'type_info; [référence] | info_type, [reference]',
  INFO: 'type_texte | type_text',
  ASC: 'texte | text',
  JIS: 'texte | text',
  DBCS: 'texte | text',
  EASTERSUNDAY: 'année | year',
  ROUNDSIG: 'valeur; chiffres | value, digits',
  CHISQDIST: 'x; degrés_liberté; [cumulative] | x, degrees_of_freedom, [cumulative]',
  CHISQINV: 'probabilité; degrés_liberté | probability, degrees_of_freedom',
  VALUETOTEXT: 'valeur; [format] | value, [format]',
  ARRAYTOTEXT: 'tableau; [format] | array, [format]',
  NUMBERVALUE: 'texte; [séparateur_décimal]; [séparateur_groupe] | text, [decimal_separator], [group_separator]',
  LEFT: 'texte; [no_car] | text, [num_chars]',
  RIGHT: 'texte; [no_car] | text, [num_chars]',
  MID: 'texte; no_départ; no_car | text, start_num, num_chars',
  LEN: 'texte | text',
  UPPER: 'texte | text',
  LOWER: 'texte | text',
  PROPER: 'texte | text',
  TRIM: 'texte | text',
  TEXT: 'valeur; format_texte | value, format_text',
  FIND: 'texte_cherché; texte; [no_départ] | find_text, within_text, [start_num]',
  SEARCH: 'texte_cherché; texte; [no_départ] | find_text, within_text, [start_num]',
  SUBSTITUTE: 'texte; ancien_texte; nouveau_texte; [no_position] | text, old_text, new_text, [instance_num]',
  VALUE: 'texte | text',
  TODAY: ' | ',
  NOW: ' | ',
  DATE: 'année; mois; jour | year, month, day',
  YEAR: 'numéro_de_série | serial_number',
  MONTH: 'numéro_de_série | serial_number',
  DAY: 'numéro_de_série | serial_number',
  WEEKDAY: 'numéro_de_série; [type_retour] | serial_number, [return_type]',
  EDATE: 'date_départ; mois | start_date, months',
  EOMONTH: 'date_départ; mois | start_date, months',
  NETWORKDAYS: 'date_départ; date_fin; [jours_fériés] | start_date, end_date, [holidays]',
  DATEDIF: 'date_début; date_fin; unité | start_date, end_date, unit',
  PMT: 'taux; npm; va; [vc]; [type] | rate, nper, pv, [fv], [type]',
  ISBLANK: 'valeur | value',
  ISNUMBER: 'valeur | value',
  ISTEXT: 'valeur | value',
  ISERROR: 'valeur | value',
  RANK: 'nombre; référence; [ordre] | number, ref, [order]',
  LARGE: 'matrice; k | array, k',
  SMALL: 'matrice; k | array, k',
  MEDIAN: 'nombre1; [nombre2]; … | number1, [number2], …',
  AGGREGATE: 'no_fonction; options; réf1; [réf2]; … | function_num, options, ref1, [ref2], …',
  PROB: 'plage_x; plage_probabilité; [limite_inf]; [limite_sup] | x_range, prob_range, [lower_limit], [upper_limit]',
  PERCENTOF: 'sous_ensemble; ensemble | data_subset, data_all',
  'MODE.MULT': 'nombre1; [nombre2]; … | number1, [number2], …',
  'BINOM.DIST.RANGE': 'tirages; probabilité_s; nombre_s; [nombre_s2] | trials, probability_s, number_s, [number_s2]',
  RANDARRAY: '[lignes]; [colonnes]; [min]; [max]; [nombre_entier] | [rows], [columns], [min], [max], [whole_number]',
  LINEST: "y_connus; [x_connus]; [constante]; [statistiques] | known_y's, [known_x's], [const], [stats]",
  LOGEST: "y_connus; [x_connus]; [constante]; [statistiques] | known_y's, [known_x's], [const], [stats]",
  TREND: "y_connus; [x_connus]; [x_nouveaux]; [constante] | known_y's, [known_x's], [new_x's], [const]",
  GROWTH: "y_connus; [x_connus]; [x_nouveaux]; [constante] | known_y's, [known_x's], [new_x's], [const]",
  ...FINANCIAL_ARGUMENTS,
};

const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  NUMBER: ['nombre', 'number'],
  INTEGER: ['entier', 'integer'],
  STRING: ['texte', 'text'],
  BOOLEAN: ['valeur_logique', 'logical'],
  RANGE: ['plage', 'range'],
};

/** The argument names of a canonical function in `locale`; `…` last when arguments repeat. */
export function argumentNames(canonical: string, locale: string): string[] {
  const french = locale.toLowerCase().startsWith('fr');
  const common = COMMON[canonical];
  if (common !== undefined) {
    const [fr = '', en = ''] = common.split('|');
    const list = (french ? fr : en).trim();
    return list === '' ? [] : list.split(french ? ';' : ',').map((a) => a.trim());
  }
  const params = HyperFormula.getFunctionPlugin(canonical)?.implementedFunctions[canonical]?.parameters ?? [];
  const repeat = HyperFormula.getFunctionPlugin(canonical)?.implementedFunctions[canonical]?.repeatLastArgs ?? 0;
  const counts = new Map<string, number>();
  const names = params.map((p) => {
    const [fr, en] = TYPE_NAMES[p.argumentType] ?? ['valeur', 'value'];
    const base = french ? fr : en;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const name = params.filter((q) => (TYPE_NAMES[q.argumentType] ?? ['valeur', 'value'])[french ? 0 : 1] === base).length > 1 || repeat > 0 ? `${base}${String(n)}` : base;
    return p.optionalArg || p.defaultValue !== undefined ? `[${name}]` : name;
  });
  return repeat > 0 ? [...names, '…'] : names;
}
