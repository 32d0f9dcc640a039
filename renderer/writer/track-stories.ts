/**
 * Tracked changes in headers and footers. Their stories live in the section properties (the
 * document's `section` attribute and each `section_break`'s), as JSON, and are edited in an
 * editor of their own (HeaderFooterArea.tsx): recording there uses the body's plugin and
 * `trackTransaction`, so the changes carry the same marks. Accept all / Reject all of the
 * Révision tab reach them through {@link resolveStoryChanges}.
 */
import { textSchema } from '@ostal/model';
import type { HeaderFooterSet, PMNodeJSON, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';

type StorySet = HeaderFooterSet;

/** Where a section is held: the document attribute (`at` null) or a section break at `at`. */
interface SectionHolder {
  readonly at: number | null;
  readonly section: SectionProps;
}

function sectionHolders(doc: PMNode): SectionHolder[] {
  const out: SectionHolder[] = [];
  doc.forEach((child, pos) => {
    const section = child.type.name === 'section_break' ? (child.attrs.section as SectionProps | null) : null;
    if (section) out.push({ at: pos, section });
  });
  const last = doc.attrs.section as SectionProps | null | undefined;
  if (last) out.push({ at: null, section: last });
  return out;
}

/** Each header and footer story of the document, as a node. */
export function storiesOf(doc: PMNode): PMNode[] {
  const out: PMNode[] = [];
  for (const { section } of sectionHolders(doc)) {
    for (const set of [section.headers, section.footers] as (StorySet | undefined)[]) {
      for (const json of Object.values(set ?? {})) {
        try {
          out.push(textSchema.nodeFromJSON(json));
        } catch {
          // A story the schema cannot hold is shown as text and left as it is.
        }
      }
    }
  }
  return out;
}

/**
 * Replaces, in `tr`, each header and footer story that `resolve` changes (it returns the new
 * story, or null to leave it). True when any changed.
 */
export function resolveStoryChanges(tr: Transaction, resolve: (story: PMNode) => PMNode | null): boolean {
  let changed = false;
  const update = (set: StorySet | undefined): StorySet | undefined => {
    if (!set) return set;
    let out: Record<string, PMNodeJSON> | null = null;
    for (const [variant, json] of Object.entries(set) as [string, PMNodeJSON][]) {
      let story: PMNode;
      try {
        story = textSchema.nodeFromJSON(json);
      } catch {
        continue;
      }
      const next = resolve(story);
      if (!next || next.eq(story)) continue;
      out ??= { ...set } as Record<string, PMNodeJSON>;
      out[variant] = next.toJSON() as PMNodeJSON;
    }
    if (out) changed = true;
    return out ?? set;
  };
  for (const { at, section } of sectionHolders(tr.doc)) {
    const headers = update(section.headers);
    const footers = update(section.footers);
    if (headers === section.headers && footers === section.footers) continue;
    const next: SectionProps = { ...section, ...(headers ? { headers } : {}), ...(footers ? { footers } : {}) };
    if (at === null) tr.setDocAttribute('section', next);
    else tr.setNodeMarkup(at, undefined, { ...tr.doc.nodeAt(at)!.attrs, section: next });
  }
  return changed;
}
