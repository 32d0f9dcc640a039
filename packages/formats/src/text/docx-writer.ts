/**
 * Writes a text document as a WordprocessingML package (ECMA-376 Part 1, 11.3.10 main document
 * part with its styles 11.3.12, numbering 11.3.11 and settings 11.3.3 parts; Part 2 core
 * properties; 15.2.12.3 extended properties, whose `Application` names Ostal so the reader
 * knows the baseline is its own, see CONTEXT.md). Own code rather than the `docx` library, to control every element for lossless
 * round trips later.
 */
import { documentHeadingLooks } from './heading-looks.js';
import { namedCharStyleProps, namedStyleProps } from './named-style-props.js';
import { parentStyles } from './style-sheet.js';
import type { Node as PMNode } from 'prosemirror-model';
import { styleDef } from '@ostal/model';
import type { TextStyleDef } from '@ostal/model';
import type { NamedStyleProps } from './named-style-props.js';
import { noteSettingsOf, textBaseOf, textDocumentToNode } from '@ostal/model';
import type { ShapeSource, TextDocument } from '@ostal/model';
import { themeXml } from '../slides/pptx-theme.js';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import { withMacroProject } from '../ooxml/macro-project.js';
import type { WriteOptions } from '../codec.js';
import { serializeXml } from '../xml/xml-writer.js';
import { WmlDocumentWriter, charStyleId } from './wml-document-writer.js';
import { REL_IMAGE, WmlPictureWriter } from './wml-drawing-writer.js';
import { wmlNumberingXml, wmlSettingsXml, wmlStylesXml } from './wml-parts-writer.js';

const CT_THEME = 'application/vnd.openxmlformats-officedocument.theme+xml';

/**
 * The theme colours kept with the first shape whose kept source refers to them (`RRGGBB` by
 * slot), so that its `a:schemeClr` show the colours they showed; undefined when none does.
 */
function keptPalette(node: PMNode): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  node.descendants((n) => {
    if (out) return false;
    const source = n.type.name === 'shape' ? (n.attrs.source as ShapeSource | null) : null;
    if (source?.family === 'ooxml' && source.palette) out = Object.fromEntries(Object.entries(source.palette).map(([slot, c]) => [slot, c.replace('#', '').toUpperCase()]));
    return true;
  });
  return out;
}

const CT = {
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  footnotes: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
  endnotes: 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml',
  comments: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  commentsExtended: 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml',
} as const;
const REL_STORY = {
  footnotes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes',
  endnotes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  commentsExtended: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
} as const;
/** `Application` of the extended properties part of files Ostal writes. */
export const DOCX_APPLICATION = 'Ostal';
const REL_APP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';
const APP_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${DOCX_APPLICATION}</Application></Properties>`;
const REL_SETTINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const REL_HEADER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const REL_FOOTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';

/**
 * Writes `doc` as .docx bytes.
 * @throws RangeError when the document content does not fit the text schema.
 */
export function writeDocx(doc: TextDocument, options?: WriteOptions): Uint8Array {
  const node = textDocumentToNode(doc);
  const pictures = new WmlPictureWriter(node, doc.media);
  const writer = new WmlDocumentWriter(node, pictures);
  const documentXml = serializeXml(writer.document());
  // Notes and comments (wml-notes-writer.ts): one part each when used; their links and pictures share the main part's.
  const { stories } = writer;
  const links = [
    ...writer.hyperlinks.map((h) => ({ id: h.id, type: REL_HYPERLINK, target: h.target, external: true })),
    ...pictures.rels.map((rel) => ({ id: rel.id, type: rel.type ?? REL_IMAGE, target: rel.target, external: rel.external })),
    ...pictures.charts.rels,
  ];
  const storyParts = [
    stories.has('footnote') ? { name: 'word/footnotes.xml', contentType: CT.footnotes, data: stories.notesXml('footnote'), rels: links, rel: REL_STORY.footnotes } : null,
    stories.has('endnote') ? { name: 'word/endnotes.xml', contentType: CT.endnotes, data: stories.notesXml('endnote'), rels: links, rel: REL_STORY.endnotes } : null,
    stories.has('comment') ? { name: 'word/comments.xml', contentType: CT.comments, data: stories.commentsXml(), rels: links, rel: REL_STORY.comments } : null,
    stories.has('comment') ? { name: 'word/commentsExtended.xml', contentType: CT.commentsExtended, data: stories.commentsExtendedXml(), rel: REL_STORY.commentsExtended } : null,
  ].filter((p) => p !== null);
  const mediaDefaults: Record<string, string> = {};
  for (const part of pictures.parts) if (part.name.startsWith('word/media/')) mediaDefaults[part.name.slice(part.name.lastIndexOf('.') + 1).toLowerCase()] ??= part.mime;
  const sectionParts = writer.sections.parts.map((p) => ({ name: `word/${p.name}`, contentType: CT[p.kind], data: serializeXml(p.xml), rels: links }));
  const stylesXml = wmlStyles(node, writer, doc.meta.language, stories.styles());
  const palette = keptPalette(node);
  return writeOpcPackage(
    withMacroProject([
      {
        name: 'word/document.xml',
        contentType: CT.main,
        data: documentXml,
        rels: [
          { id: 'rId1', type: REL.styles, target: 'styles.xml' },
          { id: 'rId2', type: REL.numbering, target: 'numbering.xml' },
          { id: 'rId3', type: REL_SETTINGS, target: 'settings.xml' },
          ...links,
          ...storyParts.map((p, i) => ({ id: `rIdStory${String(i + 1)}`, type: p.rel, target: p.name.slice('word/'.length) })),
          ...writer.sections.parts.map((p) => ({ id: p.id, type: p.kind === 'header' ? REL_HEADER : REL_FOOTER, target: p.name })),
          ...(palette ? [{ id: 'rIdTheme', type: REL.theme, target: 'theme/theme1.xml' }] : []),
        ],
      },
      ...(palette ? [{ name: 'word/theme/theme1.xml', contentType: CT_THEME, data: themeXml({ name: 'Office', colors: palette, majorFont: '', minorFont: '' }) }] : []),
      ...storyParts.map(({ name, contentType, data, rels }) => ({ name, contentType, data, rels })),
      ...sectionParts,
      ...pictures.parts.map((part) => ({ name: part.name, contentType: part.mime, data: part.bytes })),
      ...pictures.charts.parts,
      { name: 'word/styles.xml', contentType: CT.styles, data: stylesXml },
      { name: 'word/numbering.xml', contentType: CT.numbering, data: wmlNumberingXml(writer.lists, writer.outline) },
      { name: 'word/settings.xml', contentType: CT.settings, data: wmlSettingsXml(stories.settings(noteSettingsOf(node)), writer.sections.evenAndOddHeaders) },
      { name: 'docProps/core.xml', contentType: CT.core, data: corePropertiesXml(doc.meta) },
      { name: 'docProps/app.xml', contentType: CT.app, data: APP_XML },
    ], doc.macros, options),
    [
      { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: REL_APP, target: 'docProps/app.xml' },
    ],
    mediaDefaults,
  );
}

/**
 * `styles.xml`: the paragraph styles paragraphs name and those the style sheet names (with their
 * `w:basedOn` and `w:next`), and the character styles runs name.
 */
function wmlStyles(node: PMNode, writer: WmlDocumentWriter, language: string | undefined, extra: ReturnType<WmlDocumentWriter['stories']['styles']>): string {
  const sheet = (node.attrs.styles as readonly TextStyleDef[] | null) ?? [];
  const charProps = namedCharStyleProps(node);
  // Styles the sheet names are written even when no paragraph uses them, so references resolve.
  for (const d of sheet) {
    if (d.family !== 'paragraph') continue;
    for (const name of [d.name, d.basedOn, d.next]) writer.styleId(name);
  }
  const parents = parentStyles(sheet, 'paragraph');
  const charParents = parentStyles(sheet, 'character');
  const paragraphs = withStyleProps(writer.paragraphStyles, namedStyleProps(node)).map((s) => (parents.has(s.name) ? { ...s, props: undefined } : s)).map((s) => {
    const def = styleDef(sheet, 'paragraph', s.name);
    if (!def) return s;
    return { ...s, basedOn: def.basedOn === null ? undefined : (writer.styleId(def.basedOn) ?? undefined), next: def.next === null ? 'Normal' : (writer.styleId(def.next) ?? undefined) };
  });
  const charNames = new Set([...charProps.keys()]);
  for (const d of sheet) {
    if (d.family !== 'character') continue;
    charNames.add(d.name);
    if (d.basedOn !== null) charNames.add(d.basedOn);
  }
  const characters = [...charNames].map((name) => {
    const basedOn = styleDef(sheet, 'character', name)?.basedOn ?? null;
    return { id: charStyleId(name), name, basedOn: basedOn === null ? undefined : charStyleId(basedOn), run: charParents.has(name) ? undefined : charProps.get(name) };
  });
  // A table style whose id a paragraph or character style took stays out (its tables name an id Word then ignores).
  const taken = new Set([...paragraphs.map((s) => s.id.toLowerCase()), ...characters.map((c) => c.id.toLowerCase())]);
  const tableStyles = writer.tableStyles.definitions().filter((el) => !taken.has(String(el.attrs['w:styleId']).toLowerCase()));
  return wmlStylesXml(language, paragraphs, [...extra, ...tableStyles], writer.outline, characters, textBaseOf(node.attrs), documentHeadingLooks(node));
}

/** The named styles with what their paragraphs share. */
function withStyleProps<S extends { readonly name: string }>(styles: readonly S[], props: ReadonlyMap<string, NamedStyleProps>): (S & { props?: NamedStyleProps | undefined })[] {
  return styles.map((s) => ({ ...s, props: props.get(s.name) }));
}
