/**
 * Writes the styles, numbering and settings parts of a WordprocessingML package (ECMA-376
 * Part 1, 17.7 styles, 17.9 numbering, 17.15 settings). The styles are the few the document
 * writer refers to: Normal, Heading1-6 (with `w:outlineLvl`), ListContinue1-9, the Hyperlink
 * character style, one paragraph style per model `styleName` (based on Normal or the style sheet's
 * `basedOn`, with its `next`) and one character style per `char_style` name; the numbering holds one `w:abstractNum` per
 * distinct list format and one `w:num` per nest of lists (`wml-list-writer.ts`).
 */
import { runProps } from './wml-document-writer.js';
import { paragraphPropsXml } from './wml-paragraph-properties.js';
import { NS } from '../xml/namespaces.js';
import { W14 } from './wml-notes-reader.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { HYPERLINK_STYLE, WORD_HEADING_LEVELS, listContinueStyleId } from './wml-document-writer.js';
import type { WmlNamedStyle } from './wml-document-writer.js';
import type { RunFormat } from './text-marks.js';
import { OSTAL_BASE, OSTAL_HEADING_LOOKS, defaultBullet } from '@ostal/model';
import type { HeadingLook, TextBase } from '@ostal/model';
import { headingRunFormat } from './heading-looks.js';
import { baseBlockAttrs } from './text-base.js';
import { wmlLevel } from './wml-list-format.js';
import type { ListLevelDef as WmlLevelDef } from './list-level-def.js';
import type { WmlListAllocator } from './wml-list-writer.js';
import { wmlOutlineLevels } from './outline-numbering.js';
import type { WmlOutlineNumbering } from './outline-numbering.js';

/** Heading font sizes in half-points, level 1 to 9 (Word's headings; a model level 10 is written as 9). */
const INDENT = 720;
const HANGING = 360;

function paragraphStyle(id: string, name: string, pPr: XmlOut | null, rPr: XmlOut | null, extra: { isDefault?: boolean; uiPriority?: number; basedOn?: string | undefined; next?: string | undefined } = {}): XmlOut {
  return x(
    'w:style',
    { 'w:type': 'paragraph', 'w:default': extra.isDefault ? '1' : undefined, 'w:styleId': id },
    x('w:name', { 'w:val': name }),
    extra.isDefault ? null : x('w:basedOn', { 'w:val': extra.basedOn ?? 'Normal' }),
    extra.next !== undefined ? x('w:next', { 'w:val': extra.next }) : /^Heading[1-9]$/.test(id) ? x('w:next', { 'w:val': 'Normal' }) : null,
    extra.uiPriority !== undefined ? x('w:uiPriority', { 'w:val': extra.uiPriority }) : null,
    x('w:qFormat'),
    pPr,
    rPr,
  );
}

/** A character style the runs name (model `char_style`), with what its runs share. */
export interface WmlCharStyle {
  readonly id: string;
  readonly name: string;
  /** Id of the character style it is based on, if any. */
  readonly basedOn?: string | undefined;
  readonly run?: RunFormat | undefined;
}

/**
 * `styles.xml`; `language` (BCP 47) goes in the document defaults; `named` are the styles
 * paragraphs name, `characters` those runs name.
 */
export function wmlStylesXml(language: string | undefined, named: readonly WmlNamedStyle[] = [], extra: readonly XmlOut[] = [], outline: WmlOutlineNumbering | null = null, characters: readonly WmlCharStyle[] = [], base: TextBase = OSTAL_BASE, looks: readonly HeadingLook[] = OSTAL_HEADING_LOOKS): string {
  const headings = looks.slice(0, WORD_HEADING_LEVELS).map((look, i) =>
    paragraphStyle(
      `Heading${String(i + 1)}`,
      `heading ${String(i + 1)}`,
      x(
        'w:pPr',
        {},
        x('w:keepNext'),
        x('w:keepLines'),
        outline?.styleNumPr(i + 1) ?? null,
        look.spaceBefore !== null || look.spaceAfter !== null ? x('w:spacing', { 'w:before': look.spaceBefore ?? undefined, 'w:after': look.spaceAfter ?? undefined }) : null,
        x('w:outlineLvl', { 'w:val': i }),
      ),
      runProps(headingRunFormat(look), false),
      { uiPriority: 9 },
    ),
  );
  const continues = Array.from({ length: 9 }, (_, level) =>
    paragraphStyle(listContinueStyleId(level), level === 0 ? 'List Continue' : `List Continue ${String(level + 1)}`, x('w:pPr', {}, x('w:ind', { 'w:left': INDENT * (level + 1) })), null),
  );
  const root = x(
    'w:styles',
    { 'xmlns:w': NS.w },
    x(
      'w:docDefaults',
      {},
      x('w:rPrDefault', {}, baseRunPropsXml(base, language)),
      x('w:pPrDefault', {}, x('w:pPr', {}, paragraphPropsXml(baseBlockAttrs(base), false))),
    ),
    paragraphStyle('Normal', 'Normal', null, null, { isDefault: true }),
    x(
      'w:style',
      { 'w:type': 'character', 'w:default': '1', 'w:styleId': 'DefaultParagraphFont' },
      x('w:name', { 'w:val': 'Default Paragraph Font' }),
      x('w:uiPriority', { 'w:val': 1 }),
      x('w:semiHidden'),
      x('w:unhideWhenUsed'),
    ),
    headings,
    x(
      'w:style',
      { 'w:type': 'character', 'w:styleId': HYPERLINK_STYLE },
      x('w:name', { 'w:val': 'Hyperlink' }),
      x('w:basedOn', { 'w:val': 'DefaultParagraphFont' }),
      x('w:uiPriority', { 'w:val': 99 }),
      x('w:unhideWhenUsed'),
      // Colour only: an underline here would read back as an underline mark on the link's text.
      x('w:rPr', {}, x('w:color', { 'w:val': '0563C1' })),
    ),
    continues,
    named.map((s) => {
      const pPr = s.props ? paragraphPropsXml(s.props.block, false) : [];
      return paragraphStyle(s.id, s.name, pPr.length > 0 ? x('w:pPr', {}, pPr) : null, s.props ? runProps(s.props.run, false) : null, { basedOn: s.basedOn, next: s.next });
    }),
    characters.map((c) =>
      x(
        'w:style',
        { 'w:type': 'character', 'w:styleId': c.id },
        x('w:name', { 'w:val': c.name }),
        x('w:basedOn', { 'w:val': c.basedOn ?? 'DefaultParagraphFont' }),
        x('w:qFormat'),
        c.run ? runProps(c.run, false) : null,
      ),
    ),
    extra,
  );
  return serializeXml(root);
}

function abstractNum(id: number, levels: readonly WmlLevelDef[]): XmlOut {
  const lvls = levels.map((def, ilvl) => wmlLevel(ilvl, def, defaultBullet(ilvl), x('w:pPr', {}, x('w:ind', { 'w:left': INDENT * (ilvl + 1), 'w:hanging': HANGING }))));
  return x('w:abstractNum', { 'w:abstractNumId': id }, x('w:multiLevelType', { 'w:val': 'hybridMultilevel' }), lvls);
}

/** The heading outline's `w:abstractNum` (id `id`) and its `w:num` instances (`outline-numbering.ts`). */
function outlineNumbering(outline: WmlOutlineNumbering | null, id: number): { abstract: XmlOut | null; nums: XmlOut[] } {
  if (outline?.numId == null || !outline.outline) return { abstract: null, nums: [] };
  // Heading numbers sit at the margin, followed by a tab.
  const lvls = wmlOutlineLevels(outline.outline).map((def, ilvl) => wmlLevel(ilvl, def, '', x('w:pPr', {}, x('w:ind', { 'w:left': 0, 'w:firstLine': 0 }))));
  const abstract = x('w:abstractNum', { 'w:abstractNumId': id }, x('w:multiLevelType', { 'w:val': 'multilevel' }), lvls);
  const nums = [
    x('w:num', { 'w:numId': outline.numId }, x('w:abstractNumId', { 'w:val': id })),
    ...outline.restarts.map((r) => x('w:num', { 'w:numId': r.numId }, x('w:abstractNumId', { 'w:val': id }), x('w:lvlOverride', { 'w:ilvl': r.ilvl }, x('w:startOverride', { 'w:val': r.start })))),
  ];
  return { abstract, nums };
}

/** `numbering.xml` for the list nests the document writer allocated (`wml-list-writer.ts`) and the heading outline. */
export function wmlNumberingXml(lists: WmlListAllocator, outline: WmlOutlineNumbering | null = null): string {
  const headings = outlineNumbering(outline, lists.abstracts.length);
  const nums = lists.nests.map((n) =>
    x(
      'w:num',
      { 'w:numId': n.numId },
      x('w:abstractNumId', { 'w:val': n.abstractId }),
      // An explicit start override makes every list restart, in Word as in LibreOffice.
      x('w:lvlOverride', { 'w:ilvl': n.ilvl }, x('w:startOverride', { 'w:val': n.start })),
    ),
  );
  return serializeXml(x('w:numbering', { 'xmlns:w': NS.w, 'xmlns:mc': NS.mc, 'xmlns:w14': W14 }, lists.abstracts.map((levels, id) => abstractNum(id, levels)), headings.abstract, headings.nums, nums));
}

/**
 * `settings.xml`: tab stops and the Word 2013+ compatibility mode, so Word does not open it in
 * compatibility view; `evenAndOddHeaders` when some section has even-page headers or footers;
 * `extra` (note properties) before the compatibility settings, as the schema orders them.
 */
export function wmlSettingsXml(extra: readonly XmlOut[] = [], evenAndOddHeaders = false): string {
  return serializeXml(
    x(
      'w:settings',
      { 'xmlns:w': NS.w },
      x('w:defaultTabStop', { 'w:val': 709 }),
      evenAndOddHeaders ? x('w:evenAndOddHeaders') : null,
      x('w:characterSpacingControl', { 'w:val': 'doNotCompress' }),
      extra,
      x('w:compat', {}, x('w:compatSetting', { 'w:name': 'compatibilityMode', 'w:uri': 'http://schemas.microsoft.com/office/word', 'w:val': 15 })),
    ),
  );
}

/** `w:rPrDefault`'s run properties: the base font, colour and size, and the document's language. */
function baseRunPropsXml(base: TextBase, language: string | undefined): XmlOut {
  const font = base.font ?? undefined;
  const eastAsia = base.fontEastAsia ?? font;
  const size = Math.round(base.size * 2);
  return x(
    'w:rPr',
    {},
    font || eastAsia ? x('w:rFonts', { 'w:ascii': font, 'w:hAnsi': font, 'w:cs': font, 'w:eastAsia': eastAsia }) : null,
    base.color ? x('w:color', { 'w:val': base.color.slice(1).toUpperCase() }) : null,
    x('w:sz', { 'w:val': size }),
    x('w:szCs', { 'w:val': size }),
    language ? x('w:lang', { 'w:val': language }) : null,
  );
}
