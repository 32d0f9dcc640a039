/**
 * Sections of a presentation: PowerPoint 2010's extension of p:presentation (MS-PPTX 2.3.16
 * p14:sectionLst, under p:extLst/p:ext uri "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}" of
 * ECMA-376 Part 1, 19.2.1.26): each p14:section has a name, a GUID and the p14:sldId of its
 * slides (the p:sldId ids of p:sldIdLst). The model holds sections as runs of consecutive slides
 * (`DeckSection.start`); a file whose sections list slides out of order has them put back in
 * deck order, with a warning.
 */
import { normalizeSections } from '@ostal/model';
import type { DeckSection } from '@ostal/model';
import type { DiagnosticSink } from '../diagnostics-sink.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { intAttr } from './dml-properties.js';
import { isP, pChild } from './ooxml-names.js';

/** PowerPoint 2010 main namespace. */
export const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';
/** The p:ext uri of the section list. */
export const SECTION_LIST_EXT = '{521415D9-36F7-43E2-AB2F-B90AF26B5E84}';

function p14Children(el: XmlElement, local: string): XmlElement[] {
  return childElements(el, P14, local);
}

/**
 * The sections of `presentation`, given the p:sldId id of each slide read, in deck order
 * (undefined for a slide whose id is unusable). Slides that no section lists stay with the
 * section before them. Undefined when the presentation has no sections.
 */
export function readSections(presentation: XmlElement, slideIds: readonly (number | undefined)[], diagnostics: DiagnosticSink, part: string): DeckSection[] | undefined {
  const extLst = pChild(presentation, 'extLst');
  const ext = extLst ? childElements(extLst).find((e) => isP(e, 'ext') && attr(e, '', 'uri') === SECTION_LIST_EXT) : undefined;
  const list = ext ? p14Children(ext, 'sectionLst')[0] : undefined;
  if (!list) return undefined;
  const found: { name: string; id?: string; slides: Set<number> }[] = [];
  for (const section of p14Children(list, 'section')) {
    const slides = new Set<number>();
    for (const lst of p14Children(section, 'sldIdLst')) {
      for (const sldId of p14Children(lst, 'sldId')) {
        const id = intAttr(sldId, 'id');
        if (id !== undefined) slides.add(id);
      }
    }
    const id = attr(section, '', 'id');
    found.push({ name: attr(section, '', 'name') ?? '', ...(id ? { id } : {}), slides });
  }
  if (found.length === 0) return undefined;
  // The section of each slide, in deck order; a slide no section names stays with the one before.
  const assign: number[] = [];
  let disordered = false;
  for (const id of slideIds) {
    const k = id === undefined ? -1 : found.findIndex((s) => s.slides.has(id));
    const previous = assign[assign.length - 1] ?? 0;
    if (k >= 0 && k < previous) disordered = true;
    assign.push(k < 0 ? previous : Math.max(previous, k));
  }
  if (disordered) {
    diagnostics.warn('sections-reordered', 'The sections of the presentation list slides out of slide order; each slide is kept in order, in the nearest section that fits.', part, '/p:presentation/p:extLst/p14:sectionLst');
  }
  const sections = found.map((s, k) => ({ name: s.name, start: assign.filter((a) => a < k).length, ...(s.id ? { id: s.id } : {}) }));
  return normalizeSections(sections, slideIds.length);
}

/** A GUID for a section that has none (stable for a given position, so writing twice gives the same file). */
function sectionGuid(index: number): string {
  return `{0E5C7105-0000-4000-8000-${index.toString(16).toUpperCase().padStart(12, '0')}}`;
}

const GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

/**
 * The p:extLst holding the section list, for slides whose p:sldId ids are `slideIds` (in deck
 * order); null when there are no sections. Sections are made consistent with the slides first.
 */
export function sectionsExtLst(sections: readonly DeckSection[] | undefined, slideIds: readonly number[]): XmlOut | null {
  const list = normalizeSections(sections, slideIds.length);
  if (!list) return null;
  const used = new Set<string>();
  const items = list.map((s, k) => {
    const end = list[k + 1]?.start ?? slideIds.length;
    let id = s.id && GUID.test(s.id) ? s.id : sectionGuid(k);
    if (used.has(id.toUpperCase())) id = sectionGuid(k);
    used.add(id.toUpperCase());
    const ids = slideIds.slice(s.start, end);
    return x('p14:section', { name: s.name, id }, x('p14:sldIdLst', {}, ids.map((n) => x('p14:sldId', { id: n }))));
  });
  return x('p:extLst', {}, x('p:ext', { uri: SECTION_LIST_EXT }, x('p14:sectionLst', { 'xmlns:p14': P14 }, items)));
}
