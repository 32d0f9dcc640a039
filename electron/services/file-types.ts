/**
 * The document types Ostal registers with the system (file associations, MIME types, Windows
 * ProgIDs), in one table, and the Linux desktop integration files derived from it
 * (`build/linux/ostal.desktop`, `build/linux/ostal-mime.xml`). `electron-builder.yml` lists the
 * same associations; `test/build/packaging.test.ts` checks that all of them agree.
 */
import { NEW_DOCUMENT_TASKS } from '../shared/new-document-tasks.js';

export interface FileType {
  readonly ext: string;
  /** IANA / shared-mime-info type. */
  readonly mime: string;
  /** Windows ProgID (also the NSIS file class and the MSI ProgId: `Ostal.<ext>`). */
  readonly progId: string;
  readonly fr: string;
  readonly en: string;
}

const type = (ext: string, mime: string, fr: string, en: string): FileType => ({ ext, mime, progId: `Ostal.${ext}`, fr, en });

export const FILE_TYPES: readonly FileType[] = [
  type('odt', 'application/vnd.oasis.opendocument.text', 'Texte OpenDocument', 'OpenDocument text'),
  type('ods', 'application/vnd.oasis.opendocument.spreadsheet', 'Classeur OpenDocument', 'OpenDocument spreadsheet'),
  type('odp', 'application/vnd.oasis.opendocument.presentation', 'Présentation OpenDocument', 'OpenDocument presentation'),
  type('fodt', 'application/vnd.oasis.opendocument.text-flat-xml', 'Texte OpenDocument à plat', 'Flat OpenDocument text'),
  type('fods', 'application/vnd.oasis.opendocument.spreadsheet-flat-xml', 'Classeur OpenDocument à plat', 'Flat OpenDocument spreadsheet'),
  type('fodp', 'application/vnd.oasis.opendocument.presentation-flat-xml', 'Présentation OpenDocument à plat', 'Flat OpenDocument presentation'),
  type('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Document Word', 'Word document'),
  type('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Classeur Excel', 'Excel workbook'),
  type('pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'Présentation PowerPoint', 'PowerPoint presentation'),
  type('csv', 'text/csv', 'Fichier CSV', 'CSV file'),
  // Macro-enabled Office files: opened and saved with their macros kept, never run.
  type('docm', 'application/vnd.ms-word.document.macroEnabled.12', 'Document Word prenant en charge les macros', 'Word macro-enabled document'),
  type('xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', 'Classeur Excel prenant en charge les macros', 'Excel macro-enabled workbook'),
  type('pptm', 'application/vnd.ms-powerpoint.presentation.macroEnabled.12', 'Présentation PowerPoint prenant en charge les macros', 'PowerPoint macro-enabled presentation'),
];

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The shared-mime-info package file (`/usr/share/mime/packages/ostal.xml`): each type with its
 * glob and its names in English and French, so that file managers recognise the files even on
 * a system whose shared-mime-info lacks a type (the flat ODF ones on older distributions).
 */
export function mimeInfoXml(): string {
  const types = FILE_TYPES.map(
    (t) =>
      `  <mime-type type="${t.mime}">\n` +
      `    <comment>${xmlEscape(t.en)}</comment>\n` +
      `    <comment xml:lang="fr">${xmlEscape(t.fr)}</comment>\n` +
      `    <glob pattern="*.${t.ext}"/>\n` +
      `  </mime-type>\n`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n${types}</mime-info>\n`;
}

/**
 * The freedesktop desktop entry (`/usr/share/applications/ostal.desktop`): Ostal in the Office
 * menu, in French and English, opening files and `ostal:` links (`%U`), registered for every
 * MIME type above, with the actions New text document / New spreadsheet / New presentation
 * (`--new=<kind>`, the Windows jump list's tasks). `exec` is the command installed
 * (`/opt/Ostal/ostal` for deb/rpm).
 */
export function desktopEntry(exec = 'ostal'): string {
  const mimeTypes = [...FILE_TYPES.map((t) => t.mime), 'x-scheme-handler/ostal'];
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    'Name=Ostal',
    'GenericName=Office suite',
    'GenericName[fr]=Suite bureautique',
    'Comment=Documents, spreadsheets and presentations in OpenDocument and Office formats',
    'Comment[fr]=Textes, classeurs et présentations aux formats OpenDocument et Office',
    'Keywords=office;document;spreadsheet;presentation;odt;ods;odp;docx;xlsx;pptx;',
    'Keywords[fr]=bureautique;texte;tableur;classeur;présentation;odt;ods;odp;docx;xlsx;pptx;',
    `Exec=${exec} %U`,
    'Icon=ostal',
    'Terminal=false',
    'StartupWMClass=Ostal',
    'Categories=Office;WordProcessor;Spreadsheet;Presentation;',
    `MimeType=${mimeTypes.join(';')};`,
    `Actions=${NEW_DOCUMENT_TASKS.map((t) => t.desktopAction).join(';')};`,
    ...NEW_DOCUMENT_TASKS.flatMap((t) => ['', `[Desktop Action ${t.desktopAction}]`, `Name=${t.title.en}`, `Name[fr]=${t.title.fr}`, `Exec=${exec} ${t.argument}`, 'Icon=ostal']),
    '',
  ].join('\n');
}
