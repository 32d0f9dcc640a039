/**
 * Writes the ODF styles a text document refers to (ODF 1.3 Part 3, 16.2 `style:style`, 16.4
 * `style:default-style`, 16.30 `text:list-style` with 16.31 bullet and 16.32 number levels,
 * 17.19 list level properties): named paragraph styles `Standard` and `Heading_20_1`-`10`
 * (with `style:default-outline-level`) and one property-less named style per model
 * `styleName`; automatic text styles `T1`, `T2`... per character format and paragraph styles
 * `P1`, `P2`... per paragraph formatting (`odf-format-props.ts`), the `P_page_break` paragraph
 * style, the table styles of `odf-table-writer.ts`, and the list styles of `odf-list-format.ts`
 * (one per distinct list format, 10 levels each); 16.23 `style:font-face` declarations for the fonts used.
 */
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { BODY_STYLE, COLUMN_BREAK_STYLE, PAGE_BREAK_STYLE, headingStyleName } from './odf-body-writer.js';
import type { OdfBodyWriter, OdfNamedStyle } from './odf-body-writer.js';
import { odfParagraphPropsAttrs, odfTextPropsAttrs } from './odf-format-props.js';
import type { RunFormat } from './text-marks.js';
import { OSTAL_BASE, OSTAL_HEADING_LOOKS } from '@ostal/model';
import type { HeadingLook, TextBase } from '@ostal/model';
import { headingRunFormat } from './heading-looks.js';
import { baseBlockAttrs, baseRunFormat } from './text-base.js';
import { FRAME_STYLE } from './odf-table-frame.js';


/** `office:font-face-decls` for the font families used (null when none). */
export function odfFontFaceDecls(fonts: ReadonlySet<string>): XmlOut | null {
  if (fonts.size === 0) return null;
  const faces = [...fonts].sort().map((f) => x('style:font-face', { 'style:name': f, 'svg:font-family': /\s/.test(f) ? `'${f}'` : f }));
  return x('office:font-face-decls', {}, faces);
}

/** A common paragraph or text style with the style sheet's parent and next style (style names, not display names). */
export type OdfSheetStyle = OdfNamedStyle & { readonly parent?: string | undefined; readonly next?: string | undefined };

/** A common text style for a character style, with what its runs share. */
export interface OdfCharStyle {
  readonly name: string;
  readonly displayName: string;
  readonly parent?: string | undefined;
  readonly run?: RunFormat | undefined;
}

/**
 * `office:styles`: default paragraph properties, the body and heading styles, the named styles
 * paragraphs use and the text styles of the character styles runs use.
 */
export function odfCommonStyles(language: string | undefined, named: Iterable<OdfSheetStyle> = [], outline: XmlOut | null = null, characters: readonly OdfCharStyle[] = [], lineNumbering: XmlOut | null = null, templates: readonly XmlOut[] = [], notes: readonly XmlOut[] = [], base: TextBase = OSTAL_BASE, looks: readonly HeadingLook[] = OSTAL_HEADING_LOOKS): XmlOut {
  const [lang, country] = (language ?? '').split('-');
  const langAttrs =
    lang && /^[A-Za-z]{2,3}$/.test(lang) ? { 'fo:language': lang.toLowerCase(), 'fo:country': country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined } : {};
  const headings = looks.map((look, i) =>
    x(
      'style:style',
      {
        'style:name': headingStyleName(i + 1),
        'style:display-name': `Heading ${String(i + 1)}`,
        'style:family': 'paragraph',
        'style:parent-style-name': BODY_STYLE,
        'style:next-style-name': BODY_STYLE,
        'style:default-outline-level': i + 1,
        'style:class': 'text',
      },
      x('style:paragraph-properties', { ...odfParagraphPropsAttrs({ spaceBefore: look.spaceBefore ?? undefined, spaceAfter: look.spaceAfter ?? undefined }, false), 'fo:keep-with-next': 'always' }),
      x('style:text-properties', odfTextPropsAttrs(headingRunFormat(look))),
    ),
  );
  return x(
    'office:styles',
    {},
    x(
      'style:default-style',
      { 'style:family': 'paragraph' },
      x('style:paragraph-properties', odfParagraphPropsAttrs(baseBlockAttrs(base), false) ?? {}),
      x('style:text-properties', { ...odfTextPropsAttrs(baseRunFormat(base)), ...langAttrs }),
    ),
    x('style:style', { 'style:name': BODY_STYLE, 'style:family': 'paragraph', 'style:class': 'text' }),
    // The parent of the frames of floating tables (odf-table-frame.ts): LibreOffice reads a frame under it as a text frame, able to hold a table.
    x('style:style', { 'style:name': FRAME_STYLE, 'style:family': 'graphic' }),
    headings,
    [...named].map((s) => {
      const paragraph = s.props ? odfParagraphPropsAttrs(s.props.block, false) : null;
      const text = s.props ? odfTextPropsAttrs(s.props.run) : {};
      return x(
        'style:style',
        { 'style:name': s.name, 'style:display-name': s.displayName, 'style:family': 'paragraph', 'style:parent-style-name': s.parent ?? BODY_STYLE, 'style:next-style-name': s.next, 'style:class': 'text' },
        paragraph ? x('style:paragraph-properties', paragraph) : null,
        Object.values(text).some((v) => v !== undefined) ? x('style:text-properties', text) : null,
      );
    }),
    characters.map((c) => {
      const text = c.run ? odfTextPropsAttrs(c.run) : {};
      return x(
        'style:style',
        { 'style:name': c.name, 'style:display-name': c.displayName, 'style:family': 'text', 'style:parent-style-name': c.parent },
        Object.values(text).some((v) => v !== undefined) ? x('style:text-properties', text) : null,
      );
    }),
    outline,
    notes,
    lineNumbering,
    templates,
  );
}

/**
 * The automatic styles of the body: text styles for the mark combinations used, the page-break
 * paragraph style when needed, table styles, then both list styles.
 */
export function odfAutomaticStyles(body: OdfBodyWriter): XmlOut[] {
  const pageBreak = body.usesPageBreak
    ? x('style:style', { 'style:name': PAGE_BREAK_STYLE, 'style:family': 'paragraph', 'style:parent-style-name': BODY_STYLE }, x('style:paragraph-properties', { 'fo:break-before': 'page' }))
    : null;
  const text = [...body.textStyles.values()].map(({ name, format, parent }) => x('style:style', { 'style:name': name, 'style:family': 'text', 'style:parent-style-name': parent }, x('style:text-properties', odfTextPropsAttrs(format))));
  const columnBreak = body.usesColumnBreak
    ? x('style:style', { 'style:name': COLUMN_BREAK_STYLE, 'style:family': 'paragraph', 'style:parent-style-name': BODY_STYLE }, x('style:paragraph-properties', { 'fo:break-before': 'column' }))
    : null;
  const paragraphs = [...body.paragraphStyles.values()].map((p) =>
    x(
      'style:style',
      { 'style:name': p.name, 'style:family': 'paragraph', 'style:parent-style-name': p.parent, 'style:master-page-name': p.master?.masterPage },
      x('style:paragraph-properties', { ...p.props, 'style:page-number': p.master?.pageNumber }, p.tabs),
    ),
  );
  const tables = body.tableStyles.styles();
  const tableMasters = body.tableMasters.map((t) => {
    const base = tables.find((s) => s.attrs['style:name'] === t.base);
    return x('style:style', { 'style:name': t.name, 'style:family': 'table', 'style:master-page-name': t.master.masterPage }, base?.children ?? x('style:table-properties', { 'table:align': 'margins' }));
  });
  return [...body.tableStyles.data.elements(), ...text, ...paragraphs, ...(pageBreak ? [pageBreak] : []), ...(columnBreak ? [columnBreak] : []), ...tables, ...tableMasters, ...body.sections.sectionStyles(), ...(body.frames?.graphicStyles() ?? []), ...body.listStyles.elements()];
}
