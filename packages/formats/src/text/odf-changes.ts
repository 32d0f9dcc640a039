/**
 * Tracked changes of ODF text, as read (ODF 1.3 Part 3, 5.5 change tracking: 5.5.1
 * `text:tracked-changes`, 5.5.2 `text:changed-region`, 5.5.3-5.5.5 `text:insertion`,
 * `text:deletion`, `text:format-change`, 5.5.7-5.5.9 `text:change`, `text:change-start`,
 * `text:change-end`; 4.3.2.2 `office:change-info`).
 *
 * The regions are declared first in `office:text`; the body then marks where they apply.
 * Insertions and format changes are ranges (`text:change-start` … `text:change-end`, which may
 * span paragraphs): the marks of the ranges open at a point apply to the text there. A
 * deletion is a point (`text:change`) where the deleted content, kept inside the region, stood.
 */
import type { Mark } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { changeMark } from './text-changes.js';
import type { ChangeInfo } from './text-changes.js';

const NONE: readonly Mark[] = Object.freeze([]);

interface Region {
  readonly mark: Mark;
  /** Deleted content (`text:p`, `text:h`, `text:list`, `table:table`...) of a deletion. */
  readonly deleted: readonly XmlElement[];
}

/** The change info of an `office:change-info`, with the region's id. */
function changeInfo(change: XmlElement, id: string): ChangeInfo {
  const info = childElement(change, NS.office, 'change-info');
  const creator = info && childElement(info, NS.dc, 'creator');
  const date = info && childElement(info, NS.dc, 'date');
  return { id, author: creator ? textContent(creator) || null : null, date: date ? textContent(date).trim() || null : null };
}

/** The changed regions of a document and the ranges open while its body is read in order. */
export class OdfChangeRegions {
  private readonly regions = new Map<string, Region>();
  private open: readonly Mark[] = NONE;
  /** Deletions being expanded, so a region that refers to itself cannot loop. */
  private readonly expanding = new Set<string>();

  /** Registers the regions of a `text:tracked-changes` element. */
  register(trackedChanges: XmlElement): void {
    for (const region of trackedChanges.children) {
      if (typeof region !== 'object' || region.ns !== NS.text || region.local !== 'changed-region') continue;
      const id = attr(region, NS.text, 'id') ?? attr(region, 'http://www.w3.org/XML/1998/namespace', 'id');
      if (id === undefined) continue;
      for (const change of region.children) {
        if (typeof change !== 'object' || change.ns !== NS.text) continue;
        const info = changeInfo(change, id);
        if (change.local === 'insertion') this.regions.set(id, { mark: changeMark('insertion', info), deleted: [] });
        else if (change.local === 'format-change') this.regions.set(id, { mark: changeMark('format_change', info), deleted: [] });
        else if (change.local === 'deletion') {
          const deleted = change.children.filter((c): c is XmlElement => typeof c === 'object' && !(c.ns === NS.office && c.local === 'change-info'));
          this.regions.set(id, { mark: changeMark('deletion', info), deleted });
        } else continue;
        break;
      }
    }
  }

  /** True when no region was declared (most documents): the body reader then skips all of this. */
  get empty(): boolean {
    return this.regions.size === 0;
  }

  /** The marks of the ranges open at this point of the body (one array per state: compare by identity). */
  get marks(): readonly Mark[] {
    return this.open;
  }

  /** `text:change-start`: the range's mark applies from here on. */
  start(id: string | undefined): void {
    const region = id !== undefined ? this.regions.get(id) : undefined;
    if (!region || region.mark.type.name === 'deletion' || this.open.includes(region.mark)) return;
    this.open = region.mark.addToSet(this.open);
  }

  /** `text:change-end`: the range's mark no longer applies. */
  end(id: string | undefined): void {
    const region = id !== undefined ? this.regions.get(id) : undefined;
    if (!region || !this.open.includes(region.mark)) return;
    const rest = this.open.filter((m) => m !== region.mark);
    this.open = rest.length === 0 ? NONE : rest;
  }

  /** The open insertion, if any (a paragraph ending inside it has an inserted mark). */
  get openInsertion(): Mark | undefined {
    return this.open.find((m) => m.type.name === 'insertion');
  }

  /**
   * Expands the deletion `id` at a `text:change`: `read` is called with the region's mark and
   * its deleted content. Unknown ids, and a deletion met again while it is being expanded, are
   * ignored; returns false then.
   */
  expand(id: string | undefined, read: (mark: Mark, deleted: readonly XmlElement[]) => void): boolean {
    const region = id !== undefined ? this.regions.get(id) : undefined;
    if (!region || region.mark.type.name !== 'deletion' || this.expanding.has(id!)) return false;
    this.expanding.add(id!);
    try {
      read(region.mark, region.deleted);
    } finally {
      this.expanding.delete(id!);
    }
    return true;
  }
}
