/**
 * The fixed parts of a PresentationML package Ostal writes: one slide master (ECMA-376 Part 1,
 * 19.3.1.42 p:sldMaster, with 19.3.1.51 p:txStyles), one "Title and Content" slide layout
 * (19.3.1.39 p:sldLayout), the notes master (19.3.1.27 p:notesMaster), and the small
 * presentation-wide parts (19.2.1.27 presProps, 19.2.1.38 viewProps, 20.1.4.2.27 tblStyleLst)
 * plus the extended properties (Part 1, 22.2 docProps/app.xml).
 */
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { fragmentToXmlOut } from './xml-fragment.js';
import { PML_NAMESPACES, colourMap, placeholderShape, slideFrames, spTreeHead } from './pptx-placeholders.js';

/** Notes page size (7.5 x 10 in, portrait), as PowerPoint uses. */
export const NOTES_SIZE = { cx: 6_858_000, cy: 9_144_000 } as const;

/** Ids of the master and its layout: ST_SlideMasterId / ST_SlideLayoutId start at 2^31. */
export const MASTER_ID = 2_147_483_648;
const LAYOUT_ID = 2_147_483_649;

function runProps(sz: number, font: 'mj' | 'mn'): XmlOut {
  return x(
    'a:defRPr',
    { sz, kern: 1200 },
    x('a:solidFill', {}, x('a:schemeClr', { val: 'tx1' })),
    x('a:latin', { typeface: `+${font}-lt` }),
    x('a:ea', { typeface: `+${font}-ea` }),
    x('a:cs', { typeface: `+${font}-cs` }),
  );
}

function bulletLevel(level: number, sz: number): XmlOut {
  return x(
    `a:lvl${String(level)}pPr`,
    { marL: 228600 + (level - 1) * 457200, indent: -228600, algn: 'l', rtl: 0, eaLnBrk: 1, latinLnBrk: 0, hangingPunct: 1 },
    x('a:lnSpc', {}, x('a:spcPct', { val: 90000 })),
    x('a:spcBef', {}, x('a:spcPts', { val: 1000 })),
    x('a:buFont', { typeface: 'Arial', panose: '020B0604020202020204', pitchFamily: '34', charset: '0' }),
    x('a:buChar', { char: '•' }),
    runProps(sz, 'mn'),
  );
}

function plainLevel(level: number, sz: number): XmlOut {
  return x(`a:lvl${String(level)}pPr`, { marL: (level - 1) * 457200, algn: 'l', rtl: 0, eaLnBrk: 1, latinLnBrk: 0, hangingPunct: 1 }, runProps(sz, 'mn'));
}

export function textStyles(): XmlOut {
  return x(
    'p:txStyles',
    {},
    x(
      'p:titleStyle',
      {},
      x(
        'a:lvl1pPr',
        { algn: 'l', rtl: 0, eaLnBrk: 1, latinLnBrk: 0, hangingPunct: 1 },
        x('a:lnSpc', {}, x('a:spcPct', { val: 90000 })),
        x('a:spcBef', {}, x('a:spcPct', { val: 0 })),
        x('a:buNone'),
        runProps(4400, 'mj'),
      ),
    ),
    x('p:bodyStyle', {}, [2800, 2400, 2000, 1800, 1800].map((sz, i) => bulletLevel(i + 1, sz))),
    x('p:otherStyle', {}, x('a:defPPr', {}, x('a:defRPr', { lang: 'en-US' })), plainLevel(1, 1800), plainLevel(2, 1800)),
  );
}

/** The slide master for a deck of `cx` x `cy` EMUs; its layout is relationship rId1, its theme rId2. */
export function slideMasterXml(cx: number, cy: number): string {
  const frames = slideFrames(cx, cy);
  return serializeXml(
    x(
      'p:sldMaster',
      PML_NAMESPACES,
      x(
        'p:cSld',
        {},
        x('p:bg', {}, x('p:bgRef', { idx: 1001 }, x('a:schemeClr', { val: 'bg1' }))),
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Title Placeholder 1', type: 'title', rect: frames.title, paragraphs: ['Click to edit the title'], bodyPr: { vert: 'horz', anchor: 'ctr' } }),
          placeholderShape({ id: 3, name: 'Text Placeholder 2', type: 'body', idx: 1, rect: frames.body, paragraphs: ['Click to edit the text'], bodyPr: { vert: 'horz', anchor: 't' } }),
        ),
      ),
      colourMap(),
      x('p:sldLayoutIdLst', {}, x('p:sldLayoutId', { id: LAYOUT_ID, 'r:id': 'rId1' })),
      textStyles(),
    ),
  );
}

/** The one slide layout, "Title and Content"; its master is relationship rId1. */
export function slideLayoutXml(): string {
  return serializeXml(
    x(
      'p:sldLayout',
      { ...PML_NAMESPACES, type: 'obj', preserve: 1 },
      x(
        'p:cSld',
        { name: 'Title and Content' },
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Title 1', type: 'title', paragraphs: ['Click to add a title'] }),
          placeholderShape({ id: 3, name: 'Content Placeholder 2', idx: 1, paragraphs: ['Click to add text'] }),
        ),
      ),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
    ),
  );
}

/** The notes master: slide image and notes body; its theme is relationship rId1. */
export function notesMasterXml(): string {
  const { cx, cy } = NOTES_SIZE;
  const left = Math.round(cx * 0.1);
  return serializeXml(
    x(
      'p:notesMaster',
      PML_NAMESPACES,
      x(
        'p:cSld',
        {},
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Slide Image Placeholder 1', type: 'sldImg', idx: 2, rect: { x: left, y: Math.round(cy * 0.125), cx: cx - 2 * left, cy: Math.round(cy * 0.3375) }, imageLocks: true }),
          placeholderShape({ id: 3, name: 'Notes Placeholder 2', type: 'body', idx: 1, rect: { x: left, y: Math.round(cy * 0.48), cx: cx - 2 * left, cy: Math.round(cy * 0.39) }, paragraphs: ['Click to edit the notes'] }),
        ),
      ),
      colourMap(),
      x('p:notesStyle', {}, plainLevel(1, 1200), plainLevel(2, 1200)),
    ),
  );
}

/** Presentation properties: all defaults. */
export function presPropsXml(): string {
  return serializeXml(x('p:presentationPr', PML_NAMESPACES));
}

/** View properties: all defaults. */
export function viewPropsXml(): string {
  return serializeXml(x('p:viewPr', PML_NAMESPACES));
}

/**
 * Table styles: the definitions (a:tblStyle markup) the deck's tables kept from the file they came
 * from, with PowerPoint's built-in "Medium Style 2 - Accent 1" as the default.
 */
export function tableStylesXml(definitions: readonly string[] = []): string {
  const styles = definitions.map((d) => fragmentToXmlOut(d)).filter((e): e is XmlOut => e !== undefined);
  return serializeXml(x('a:tblStyleLst', { 'xmlns:a': PML_NAMESPACES['xmlns:a'], def: '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}' }, styles));
}

/**
 * Extended properties: the application and the slide and notes counts. The application is
 * Ostal, or the one that wrote markup the package keeps as is (`generator`), as readers
 * interpret that markup by its author's conventions.
 */
export function appPropertiesXml(slides: number, notes: number, generator?: { readonly application: string; readonly appVersion?: string }): string {
  return serializeXml(
    x(
      'Properties',
      { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'xmlns:vt': 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes' },
      x('Application', {}, generator?.application ?? 'Ostal'),
      generator?.appVersion !== undefined ? x('AppVersion', {}, generator.appVersion) : null,
      x('PresentationFormat', {}, 'Custom'),
      x('Slides', {}, String(slides)),
      x('Notes', {}, String(notes)),
    ),
  );
}
