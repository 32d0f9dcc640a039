/**
 * Fields in headers and footers: the stories live as JSON in the sections' properties (the doc
 * node's `section` attribute and each `section_break`'s), so F9 updates their fields there.
 */
import { textSchema } from '@ostal/model';
import type { HeaderFooterSet, PMNodeJSON, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { updatedFieldResult } from './field-format.js';
import type { FieldContext } from './field-format.js';

const SETS = ['headers', 'footers'] as const;
const VARIANTS = ['default', 'first', 'even'] as const;

function storyHasField(node: PMNodeJSON): boolean {
  return node.type === 'field' || (node.content ?? []).some(storyHasField);
}

/** `node` with its fields' results updated; `node` itself when none changed. */
function updatedStory(node: PMNodeJSON, context: FieldContext): PMNodeJSON {
  if (node.type === 'field') {
    const result = updatedFieldResult(node.attrs ?? {}, context);
    return result === null ? node : { ...node, attrs: { ...node.attrs, result } };
  }
  if (!node.content) return node;
  const content = node.content.map((c) => updatedStory(c, context));
  return content.every((c, i) => c === node.content![i]) ? node : { ...node, content };
}

/** `section` with the fields of its headers and footers updated; `section` itself when none changed. */
export function updatedSectionFields(section: SectionProps, context: FieldContext): SectionProps {
  let next: SectionProps = section;
  for (const set of SETS) {
    const stories = section[set];
    if (!stories) continue;
    const updated: Record<string, PMNodeJSON> = {};
    let changed = false;
    for (const variant of VARIANTS) {
      const story = stories[variant];
      if (!story) continue;
      updated[variant] = updatedStory(story, context);
      if (updated[variant] !== story) changed = true;
    }
    if (changed) next = { ...next, [set]: updated as HeaderFooterSet };
  }
  return next;
}

function sectionsOf(doc: PMNode): { pos: number; section: SectionProps }[] {
  const found: { pos: number; section: SectionProps }[] = [];
  const last = doc.attrs.section as SectionProps | null;
  if (last) found.push({ pos: -1, section: last });
  doc.forEach((node, pos) => {
    const section = node.type === textSchema.nodes.section_break ? (node.attrs.section as SectionProps | null) : null;
    if (section) found.push({ pos, section });
  });
  return found;
}

/** True when a header or footer of the document holds a field. */
export function hasStoryFields(doc: PMNode): boolean {
  return sectionsOf(doc).some(({ section }) => SETS.some((set) => VARIANTS.some((v) => { const story = section[set]?.[v]; return story !== undefined && storyHasField(story); })));
}

/** Updates the fields of every header and footer in `tr`; returns how many sections changed. */
export function updateStoryFields(tr: Transaction, context: FieldContext): number {
  let changed = 0;
  for (const { pos, section } of sectionsOf(tr.doc)) {
    const next = updatedSectionFields(section, context);
    if (next === section) continue;
    changed += 1;
    if (pos < 0) tr.setDocAttribute('section', next);
    else tr.setNodeMarkup(pos, undefined, { ...tr.doc.nodeAt(pos)!.attrs, section: next });
  }
  return changed;
}
