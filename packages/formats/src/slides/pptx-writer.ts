/**
 * PresentationML writing (ECMA-376 Part 1, 19.2.1.26 p:presentation, 19.3.1.38 p:sld,
 * 19.3.1.26 p:notes; package structure per 13.3): a minimal package PowerPoint and LibreOffice
 * both accept, one slide master, one layout, a notes master only when some slide has notes.
 * Element order follows the schema (PresentationML is xsd:sequence throughout).
 */
import type { Deck, OstalDocument, Slide } from '@ostal/model';
import { FormatError } from '../errors.js';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import { writableMeta } from '../meta-fields.js';
import { PML_NAMESPACES, placeholderShape, spTreeHead } from './pptx-placeholders.js';
import {
  MASTER_ID,
  NOTES_SIZE,
  appPropertiesXml,
  notesMasterXml,
  presPropsXml,
  slideLayoutXml,
  slideMasterXml,
  tableStylesXml,
  viewPropsXml,
} from './pptx-templates.js';
import { themeXml } from './pptx-theme.js';
import { slideEmu } from './slide-units.js';

const CT = 'application/vnd.openxmlformats-officedocument.presentationml.';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_MORE = {
  presProps: `${REL_BASE}presProps`,
  viewProps: `${REL_BASE}viewProps`,
  tableStyles: `${REL_BASE}tableStyles`,
  extendedProperties: `${REL_BASE}extended-properties`,
} as const;

/** First slide id (ST_SlideId: 256 to 2^31 - 1). */
const FIRST_SLIDE_ID = 256;

function slideXml(slide: Slide, lang: string | undefined): string {
  return serializeXml(
    x(
      'p:sld',
      PML_NAMESPACES,
      x(
        'p:cSld',
        {},
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Title 1', type: 'title', paragraphs: slide.title === '' ? [] : [slide.title], lang }),
          placeholderShape({ id: 3, name: 'Content Placeholder 2', idx: 1, paragraphs: slide.body, lang }),
        ),
      ),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
    ),
  );
}

function notesXml(notes: string, lang: string | undefined): string {
  return serializeXml(
    x(
      'p:notes',
      PML_NAMESPACES,
      x(
        'p:cSld',
        {},
        x(
          'p:spTree',
          {},
          spTreeHead(),
          placeholderShape({ id: 2, name: 'Slide Image Placeholder 1', type: 'sldImg', idx: 2, imageLocks: true }),
          placeholderShape({ id: 3, name: 'Notes Placeholder 2', type: 'body', idx: 1, paragraphs: notes.split('\n'), lang }),
        ),
      ),
      x('p:clrMapOvr', {}, x('a:masterClrMapping')),
    ),
  );
}

function presentationXml(deck: Deck, slideRelIds: readonly string[], hasNotes: boolean): string {
  return serializeXml(
    x(
      'p:presentation',
      { ...PML_NAMESPACES, saveSubsetFonts: 1 },
      x('p:sldMasterIdLst', {}, x('p:sldMasterId', { id: MASTER_ID, 'r:id': 'rId1' })),
      hasNotes ? x('p:notesMasterIdLst', {}, x('p:notesMasterId', { 'r:id': 'rId2' })) : null,
      slideRelIds.length > 0 ? x('p:sldIdLst', {}, slideRelIds.map((rid, i) => x('p:sldId', { id: FIRST_SLIDE_ID + i, 'r:id': rid }))) : null,
      x('p:sldSz', { cx: slideEmu(deck.size.widthMm), cy: slideEmu(deck.size.heightMm) }),
      x('p:notesSz', { cx: NOTES_SIZE.cx, cy: NOTES_SIZE.cy }),
      x(
        'p:defaultTextStyle',
        {},
        x('a:defPPr', {}, x('a:defRPr', { lang: deck.meta.language ?? 'en-US' })),
        x('a:lvl1pPr', { marL: 0, algn: 'l', rtl: 0 }, x('a:defRPr', { sz: 1800, kern: 1200 }, x('a:latin', { typeface: '+mn-lt' }))),
      ),
    ),
  );
}

function rel(id: string, type: string, target: string): OpcRelOut {
  return { id, type, target };
}

/**
 * Writes a Deck as a .pptx package.
 * @throws FormatError `wrong-kind` when given another kind of document.
 */
export function writePptx(document: OstalDocument): Uint8Array {
  if (document.kind !== 'deck') throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as pptx.`);
  const deck = document;
  const meta = writableMeta(deck.meta);
  const lang = meta.language;
  const hasNotes = deck.slides.some((s) => s.notes !== '');
  const cx = slideEmu(deck.size.widthMm);
  const cy = slideEmu(deck.size.heightMm);
  const parts: OpcPartOut[] = [];
  const presRels: OpcRelOut[] = [rel('rId1', REL.slideMaster, 'slideMasters/slideMaster1.xml')];
  if (hasNotes) presRels.push(rel('rId2', REL.notesMaster, 'notesMasters/notesMaster1.xml'));
  presRels.push(
    rel('rId3', REL_MORE.presProps, 'presProps.xml'),
    rel('rId4', REL_MORE.viewProps, 'viewProps.xml'),
    rel('rId5', REL.theme, 'theme/theme1.xml'),
    rel('rId6', REL_MORE.tableStyles, 'tableStyles.xml'),
  );
  const slideRelIds: string[] = [];
  let notesCount = 0;
  deck.slides.forEach((slide, i) => {
    const n = i + 1;
    const rid = `rId${String(10 + i)}`;
    slideRelIds.push(rid);
    presRels.push(rel(rid, REL.slide, `slides/slide${String(n)}.xml`));
    const slideRels = [rel('rId1', REL.slideLayout, '../slideLayouts/slideLayout1.xml')];
    if (slide.notes !== '') {
      notesCount += 1;
      slideRels.push(rel('rId2', REL.notesSlide, `../notesSlides/notesSlide${String(n)}.xml`));
      parts.push({
        name: `ppt/notesSlides/notesSlide${String(n)}.xml`,
        contentType: `${CT}notesSlide+xml`,
        data: notesXml(slide.notes, lang),
        rels: [rel('rId1', REL.notesMaster, '../notesMasters/notesMaster1.xml'), rel('rId2', REL.slide, `../slides/slide${String(n)}.xml`)],
      });
    }
    parts.push({ name: `ppt/slides/slide${String(n)}.xml`, contentType: `${CT}slide+xml`, data: slideXml(slide, lang), rels: slideRels });
  });
  parts.unshift(
    { name: 'ppt/presentation.xml', contentType: `${CT}presentation.main+xml`, data: presentationXml(deck, slideRelIds, hasNotes), rels: presRels },
    {
      name: 'ppt/slideMasters/slideMaster1.xml',
      contentType: `${CT}slideMaster+xml`,
      data: slideMasterXml(cx, cy),
      rels: [rel('rId1', REL.slideLayout, '../slideLayouts/slideLayout1.xml'), rel('rId2', REL.theme, '../theme/theme1.xml')],
    },
    { name: 'ppt/slideLayouts/slideLayout1.xml', contentType: `${CT}slideLayout+xml`, data: slideLayoutXml(), rels: [rel('rId1', REL.slideMaster, '../slideMasters/slideMaster1.xml')] },
    { name: 'ppt/theme/theme1.xml', contentType: 'application/vnd.openxmlformats-officedocument.theme+xml', data: themeXml() },
    { name: 'ppt/presProps.xml', contentType: `${CT}presProps+xml`, data: presPropsXml() },
    { name: 'ppt/viewProps.xml', contentType: `${CT}viewProps+xml`, data: viewPropsXml() },
    { name: 'ppt/tableStyles.xml', contentType: `${CT}tableStyles+xml`, data: tableStylesXml() },
  );
  if (hasNotes) {
    parts.push(
      { name: 'ppt/notesMasters/notesMaster1.xml', contentType: `${CT}notesMaster+xml`, data: notesMasterXml(), rels: [rel('rId1', REL.theme, '../theme/theme2.xml')] },
      { name: 'ppt/theme/theme2.xml', contentType: 'application/vnd.openxmlformats-officedocument.theme+xml', data: themeXml() },
    );
  }
  parts.push(
    { name: 'docProps/core.xml', contentType: 'application/vnd.openxmlformats-package.core-properties+xml', data: corePropertiesXml(meta) },
    { name: 'docProps/app.xml', contentType: 'application/vnd.openxmlformats-officedocument.extended-properties+xml', data: appPropertiesXml(deck.slides.length, notesCount) },
  );
  return writeOpcPackage(parts, [
    rel('rId1', REL.officeDocument, 'ppt/presentation.xml'),
    rel('rId2', REL.coreProperties, 'docProps/core.xml'),
    rel('rId3', REL_MORE.extendedProperties, 'docProps/app.xml'),
  ]);
}
