/**
 * The native menus' words in each interface language (the main process has no renderer i18n).
 * `&` marks the access key (Alt+letter on Windows and Linux).
 */
import type { Locale } from '../shared/settings.js';

export interface MenuLabels {
  readonly file: string;
  readonly newText: string;
  readonly newWorkbook: string;
  readonly newDeck: string;
  readonly newWindow: string;
  readonly open: string;
  readonly openInNewWindow: string;
  readonly openPlatform: string;
  readonly save: string;
  readonly saveAs: string;
  readonly savePlatform: string;
  readonly close: string;
  readonly closeWindow: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly find: string;
  readonly replace: string;
  readonly view: string;
  readonly home: string;
  readonly nextTab: string;
  readonly previousTab: string;
  readonly present: string;
  readonly fullScreen: string;
  readonly insert: string;
  readonly link: string;
  readonly pageBreak: string;
  readonly format: string;
  readonly bold: string;
  readonly italic: string;
  readonly underline: string;
  readonly alignLeft: string;
  readonly alignCenter: string;
  readonly alignRight: string;
  readonly justify: string;
  readonly normal: string;
  readonly heading1: string;
  readonly heading2: string;
  readonly heading3: string;
  readonly tools: string;
  readonly accounts: string;
  readonly language: string;
  readonly help: string;
  readonly about: string;
  /** About box. */
  readonly aboutTitle: string;
  readonly aboutDetail: string;
  readonly ok: string;
}

export const MENU_LABELS: Readonly<Record<Locale, MenuLabels>> = {
  fr: {
    file: '&Fichier',
    newText: 'Nouveau &document texte',
    newWorkbook: 'Nouveau &classeur',
    newDeck: 'Nouvelle &présentation',
    newWindow: 'Nouvelle &fenêtre',
    open: '&Ouvrir…',
    openInNewWindow: 'Ouvrir dans une nouvelle fe&nêtre…',
    openPlatform: 'Ouvrir depuis la pla&teforme…',
    save: '&Enregistrer',
    saveAs: 'Enregistrer &sous…',
    savePlatform: 'Enregistrer sur la p&lateforme…',
    close: 'Fer&mer le document',
    closeWindow: 'Fermer la fenêt&re',
    quit: '&Quitter',
    edit: '&Édition',
    undo: '&Annuler',
    redo: '&Rétablir',
    cut: '&Couper',
    copy: 'Co&pier',
    paste: 'C&oller',
    selectAll: '&Tout sélectionner',
    find: 'Rec&hercher…',
    replace: 'Re&mplacer…',
    view: '&Affichage',
    home: '&Accueil',
    nextTab: 'Document &suivant',
    previousTab: 'Document &précédent',
    present: '&Diaporama',
    fullScreen: 'Plein é&cran',
    insert: '&Insertion',
    link: '&Lien…',
    pageBreak: '&Saut de page',
    format: 'Forma&t',
    bold: '&Gras',
    italic: '&Italique',
    underline: '&Souligné',
    alignLeft: 'Aligner à g&auche',
    alignCenter: '&Centrer',
    alignRight: 'Aligner à &droite',
    justify: '&Justifier',
    normal: 'Style &Normal',
    heading1: 'Titre &1',
    heading2: 'Titre &2',
    heading3: 'Titre &3',
    tools: '&Outils',
    accounts: '&Comptes de la plateforme…',
    language: '&Langue de l’interface',
    help: 'Aid&e',
    about: 'À &propos d’Ostal',
    aboutTitle: 'À propos d’Ostal',
    aboutDetail:
      'Version {version}\nSuite bureautique souveraine : textes, classeurs et présentations en OpenDocument et Office Open XML.\nLicence : EUPL-1.2\n\nElectron {electron} — Chromium {chrome} — Node.js {node}',
    ok: 'OK',
  },
  en: {
    file: '&File',
    newText: 'New text &document',
    newWorkbook: 'New spreads&heet',
    newDeck: 'New &presentation',
    newWindow: 'New &window',
    open: '&Open…',
    openInNewWindow: 'Open in a new wi&ndow…',
    openPlatform: 'Open from the pla&tform…',
    save: '&Save',
    saveAs: 'Save &as…',
    savePlatform: 'Save to the p&latform…',
    close: '&Close document',
    closeWindow: 'Clos&e window',
    quit: '&Quit',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    cut: 'Cu&t',
    copy: '&Copy',
    paste: '&Paste',
    selectAll: 'Select &all',
    find: '&Find…',
    replace: 'R&eplace…',
    view: '&View',
    home: '&Home',
    nextTab: '&Next document',
    previousTab: '&Previous document',
    present: '&Slide show',
    fullScreen: '&Full screen',
    insert: '&Insert',
    link: '&Link…',
    pageBreak: '&Page break',
    format: 'F&ormat',
    bold: '&Bold',
    italic: '&Italic',
    underline: '&Underline',
    alignLeft: 'Align &left',
    alignCenter: '&Centre',
    alignRight: 'Align &right',
    justify: '&Justify',
    normal: '&Normal style',
    heading1: 'Heading &1',
    heading2: 'Heading &2',
    heading3: 'Heading &3',
    tools: '&Tools',
    accounts: 'Platform &accounts…',
    language: 'Interface &language',
    help: '&Help',
    about: '&About Ostal',
    aboutTitle: 'About Ostal',
    aboutDetail:
      'Version {version}\nA sovereign office suite: documents, spreadsheets and presentations in OpenDocument and Office Open XML.\nLicence: EUPL-1.2\n\nElectron {electron} — Chromium {chrome} — Node.js {node}',
    ok: 'OK',
  },
};
