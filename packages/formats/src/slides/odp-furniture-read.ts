/**
 * Slide furniture read from ODF (see `odp-furniture.ts` for the writing side): a page showing its
 * master's page number, footer or date (`presentation:display-*` true on its drawing-page style,
 * the master page holding the frame) gets a `sldNum`, `ftr` or `dt` placeholder of its own, as a
 * PPTX slide needs to show them; the footer text and date come from the declarations the page
 * names (`presentation:use-footer-name`, `presentation:use-date-time-name`).
 */
import type { DeckMaster, DeckShape, TextRun } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements, isElement } from '../xml/xml-tree.js';

interface DateDecl {
  readonly current: boolean;
  readonly text: string;
}

/** Footer and date-time declarations of `office:presentation`, by name. */
export interface FurnitureDecls {
  readonly footers: ReadonlyMap<string, string>;
  readonly dates: ReadonlyMap<string, DateDecl>;
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? textOf(c) : c)).join('');
}

export function readFurnitureDecls(presentation: XmlElement): FurnitureDecls {
  const footers = new Map<string, string>();
  const dates = new Map<string, DateDecl>();
  for (const el of childElements(presentation)) {
    if (el.ns !== NS.presentation) continue;
    const name = attr(el, NS.presentation, 'name');
    if (!name) continue;
    if (el.local === 'footer-decl') footers.set(name, textOf(el));
    else if (el.local === 'date-time-decl') dates.set(name, { current: attr(el, NS.presentation, 'source') === 'current-date', text: textOf(el) });
  }
  return { footers, dates };
}

/**
 * The furniture placeholders `page` shows; `display(local)` reads its drawing-page properties,
 * `nextId` numbers the new shapes, `number` is the slide's number (the field's shown value).
 */
export function pageFurniture(page: XmlElement, display: (local: string) => string | undefined, master: DeckMaster | undefined, decls: FurnitureDecls, nextId: () => number, number: number): DeckShape[] {
  const has = (type: string): boolean => master?.shapes.some((s) => s.placeholder?.type === type) ?? false;
  const shape = (type: 'sldNum' | 'ftr' | 'dt', runs: TextRun[]): DeckShape => ({ kind: 'shape', id: nextId(), geometry: 'rect', placeholder: { type }, text: { paragraphs: [{ runs }] } });
  const out: DeckShape[] = [];
  const dateName = attr(page, NS.presentation, 'use-date-time-name');
  const date = dateName ? decls.dates.get(dateName) : undefined;
  if (display('display-date-time') === 'true' && has('dt') && date) out.push(shape('dt', [date.current ? { text: date.text, field: 'datetime1' } : { text: date.text }]));
  const footerName = attr(page, NS.presentation, 'use-footer-name');
  const footer = footerName ? decls.footers.get(footerName) : undefined;
  if (display('display-footer') === 'true' && has('ftr') && footer) out.push(shape('ftr', [{ text: footer }]));
  if (display('display-page-number') === 'true' && has('sldNum')) out.push(shape('sldNum', [{ text: String(number), field: 'slidenum' }]));
  return out;
}
