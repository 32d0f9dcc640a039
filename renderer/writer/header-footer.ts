/**
 * Headers and footers of the first section (the page the writer shows), as the section
 * properties hold them (`SectionProps.headers` / `footers`, each story a `doc` as JSON):
 * reading a story, replacing it, "Première page différente" (`titlePage`, with its own
 * first-page stories) and "Pages paires et impaires différentes" (even-page stories: the model,
 * like the writers, takes their presence as the switch; DOCX `w:evenAndOddHeaders`). A story left empty is removed; a header or footer added gets the
 * default distance from the page edge when the section had none.
 */
import { textSchema } from '@ostal/model';
import type { PMNodeJSON, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { DEFAULT_MARGINS, firstSectionOf } from './page-setup.js';
import { UNTRACKED_META } from './track-changes.js';

export type StoryKind = 'header' | 'footer';
/** Which pages a story is for: all (or odd ones), the first page, even pages. */
export type StoryVariant = 'default' | 'first' | 'even';

const SET: Readonly<Record<StoryKind, 'headers' | 'footers'>> = { header: 'headers', footer: 'footers' };

/** The story of `kind` and `variant` of a section, or undefined. */
export function storyOf(section: SectionProps | null, kind: StoryKind, variant: StoryVariant): PMNodeJSON | undefined {
  return section?.[SET[kind]]?.[variant];
}

/** True when a story has no text and no field, picture or note. */
export function isEmptyStory(story: PMNode): boolean {
  let empty = true;
  story.descendants((node) => {
    if (!empty) return false;
    if ((node.isText && node.text!.trim() !== '') || (node.isInline && !node.isText && node.type.name !== 'hard_break')) empty = false;
    return true;
  });
  return empty;
}

/** An empty story: one paragraph. */
export function emptyStory(): PMNode {
  return textSchema.nodes.doc!.create(null, textSchema.nodes.paragraph!.create());
}

/** Position of the first section break among the top-level blocks, or -1. */
function firstSectionBreak(doc: PMNode): number {
  let pos = 0;
  for (let i = 0; i < doc.childCount; i += 1) {
    const child = doc.child(i);
    if (child.type.name === 'section_break') return pos;
    pos += child.nodeSize;
  }
  return -1;
}

/** Replaces the first section's properties with `update(section)`, in one step. */
function updateSection(update: (section: SectionProps) => SectionProps): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const at = firstSectionBreak(state.doc);
      const next = update(firstSectionOf(state.doc) ?? {});
      // Not a change to record: the stories record their own (HeaderFooterArea.tsx).
      const tr = state.tr.setMeta(UNTRACKED_META, true);
      if (at >= 0) tr.setNodeMarkup(at, textSchema.nodes.section_break, { section: next });
      else tr.setDocAttribute('section', next);
      dispatch(tr);
    }
    return true;
  };
}

/** Sets the story of `kind` and `variant` (null or an empty story removes it). */
export function setStory(kind: StoryKind, variant: StoryVariant, story: PMNode | null): Command {
  return updateSection((section) => {
    const set: Record<string, PMNodeJSON> = { ...(section[SET[kind]] ?? {}) };
    const keep = story !== null && !isEmptyStory(story);
    // A first-page story stays (empty) while the first page is different: its page shows nothing.
    if (keep) set[variant] = story.toJSON() as PMNodeJSON;
    else if (variant === 'first' && section.titlePage) set.first = emptyStory().toJSON() as PMNodeJSON;
    // So does an even-page story while odd and even pages differ.
    else if (variant === 'even' && oddEvenDiffer(section)) set.even = emptyStory().toJSON() as PMNodeJSON;
    else delete set[variant];
    const next: Record<string, unknown> = { ...section, [SET[kind]]: set };
    if (Object.keys(set).length === 0) delete next[SET[kind]];
    const margins = section.margins ?? DEFAULT_MARGINS;
    const distance = kind === 'header' ? margins.header : margins.footer;
    if (keep && distance <= 0) next.margins = { ...margins, [kind]: DEFAULT_MARGINS[kind] };
    return next;
  });
}

/** Turns "Première page différente" on (with empty first-page stories where there are none) or off (dropping them). */
export function setTitlePage(on: boolean): Command {
  return updateSection((section) => {
    const next: Record<string, unknown> = { ...section };
    for (const key of ['headers', 'footers'] as const) {
      const set: Record<string, PMNodeJSON> = { ...(section[key] ?? {}) };
      if (on) set.first ??= emptyStory().toJSON() as PMNodeJSON;
      else delete set.first;
      if (Object.keys(set).length > 0) next[key] = set;
      else delete next[key];
    }
    if (on) next.titlePage = true;
    else delete next.titlePage;
    return next;
  });
}

/** True when the section's odd and even pages have headers and footers of their own. */
export function oddEvenDiffer(section: SectionProps | null): boolean {
  return section?.headers?.even !== undefined || section?.footers?.even !== undefined;
}

/** Turns "Pages paires et impaires différentes" on (empty even-page stories where there are none) or off (dropping them). */
export function setOddEven(on: boolean): Command {
  return updateSection((section) => {
    const next: Record<string, unknown> = { ...section };
    for (const key of ['headers', 'footers'] as const) {
      const set: Record<string, PMNodeJSON> = { ...(section[key] ?? {}) };
      if (on) set.even ??= emptyStory().toJSON() as PMNodeJSON;
      else delete set.even;
      if (Object.keys(set).length > 0) next[key] = set;
      else delete next[key];
    }
    return next;
  });
}

/** A page number (`page-number`) or page count field, showing `result` until a word processor lays the pages out. */
export function fieldNode(kind: 'page-number' | 'page-count', result: string): PMNode {
  return textSchema.nodes.field!.create({ kind, instruction: '', result });
}

/** A run of a header or footer line as it is shown: its text and its tracked change, if any. */
export interface StoryRun {
  readonly text: string;
  readonly change: { readonly kind: 'insertion' | 'deletion'; readonly author: string | null; readonly date: string | null } | null;
}

/** The lines of a story (paragraphs with text) as runs, tracked insertions and deletions apart. */
export function storyLines(story: PMNodeJSON | undefined): StoryRun[][] {
  if (!story) return [];
  const lines: StoryRun[][] = [];
  const inline = (n: PMNodeJSON, runs: StoryRun[]): void => {
    const text = n.type === 'text' ? (n.text ?? '') : n.type === 'field' ? (typeof n.attrs?.result === 'string' ? n.attrs.result : '') : n.type === 'hard_break' ? ' ' : null;
    if (text === null) {
      for (const c of n.content ?? []) inline(c, runs);
      return;
    }
    const mark = n.marks?.find((m) => m.type === 'insertion' || m.type === 'deletion');
    const attr = (key: string): string | null => (typeof mark?.attrs?.[key] === 'string' ? mark.attrs[key] : null);
    const change = mark ? { kind: mark.type as 'insertion' | 'deletion', author: attr('author'), date: attr('date') } : null;
    const last = runs[runs.length - 1];
    if (last && JSON.stringify(last.change) === JSON.stringify(change)) runs[runs.length - 1] = { text: last.text + text.replace(/\t/g, ' '), change };
    else runs.push({ text: text.replace(/\t/g, ' '), change });
  };
  const walk = (n: PMNodeJSON, depth: number): void => {
    if (depth > 32) return;
    if (n.type !== 'paragraph' && n.type !== 'heading') {
      for (const c of n.content ?? []) walk(c, depth + 1);
      return;
    }
    const runs: StoryRun[] = [];
    for (const c of n.content ?? []) inline(c, runs);
    if (runs.length === 0 || runs.every((r) => r.text.trim() === '')) return;
    runs[0] = { ...runs[0]!, text: runs[0]!.text.trimStart() };
    runs[runs.length - 1] = { ...runs[runs.length - 1]!, text: runs[runs.length - 1]!.text.trimEnd() };
    lines.push(runs.filter((r) => r.text !== ''));
  };
  walk(story, 0);
  return lines;
}
