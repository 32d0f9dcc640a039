/**
 * Headers and footers of a section (by its number, `story-sections.ts`; the first by default), as the section
 * properties hold them (`SectionProps.headers` / `footers`, each story a `doc` as JSON):
 * reading a story, replacing it, "Première page différente" (`titlePage`, with its own
 * first-page stories) and "Pages paires et impaires différentes" (even-page stories: the model,
 * like the writers, takes their presence as the switch; DOCX `w:evenAndOddHeaders`). A story left empty is removed; a header or footer added gets the
 * default distance from the page edge when the section had none.
 */
import { safeAlign, textSchema } from '@ostal/model';
import type { PMNodeJSON, SectionProps, TextAlign } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { DEFAULT_MARGINS } from './page-setup.js';
import { storyPicture } from './story-pictures.js';
import type { StoryPicture } from './story-pictures.js';
import { storyHolders } from './story-sections.js';
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

/** Replaces the properties of section `index` (and of the continuous sections sharing its stories) with `update(section)`, in one step. */
function updateSection(update: (section: SectionProps) => SectionProps, index: number): Command {
  return (state, dispatch) => {
    if (dispatch) {
      // Not a change to record: the stories record their own (HeaderFooterArea.tsx).
      const tr = state.tr.setMeta(UNTRACKED_META, true);
      for (const holder of storyHolders(state.doc, index)) {
        const next = update(((holder === 'doc' ? state.doc.attrs.section : state.doc.nodeAt(holder)?.attrs.section) as SectionProps | null | undefined) ?? {});
        if (holder === 'doc') tr.setDocAttribute('section', next);
        else tr.setNodeMarkup(holder, textSchema.nodes.section_break, { section: next });
      }
      dispatch(tr);
    }
    return true;
  };
}

/** Sets the story of `kind` and `variant` of section `index` (0: the first; null or an empty story removes it). */
export function setStory(kind: StoryKind, variant: StoryVariant, story: PMNode | null, index = 0): Command {
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
  }, index);
}

/** Turns "Première page différente" of section `index` on (with empty first-page stories where there are none) or off (dropping them). */
export function setTitlePage(on: boolean, index = 0): Command {
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
  }, index);
}

/** True when the section's odd and even pages have headers and footers of their own. */
export function oddEvenDiffer(section: SectionProps | null): boolean {
  return section?.headers?.even !== undefined || section?.footers?.even !== undefined;
}

/** Turns "Pages paires et impaires différentes" of section `index` on (empty even-page stories where there are none) or off (dropping them). */
export function setOddEven(on: boolean, index = 0): Command {
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
  }, index);
}

/** A page number (`page-number`) or page count field, showing `result` until a word processor lays the pages out. */
export function fieldNode(kind: 'page-number' | 'page-count', result: string): PMNode {
  return textSchema.nodes.field!.create({ kind, instruction: '', result });
}

/** A run of a header or footer line as it is shown: its text (or its inline picture) and its tracked change, if any. */
export interface StoryRun {
  readonly text: string;
  readonly change: { readonly kind: 'insertion' | 'deletion'; readonly author: string | null; readonly date: string | null } | null;
  /** An inline picture (its text is ''); anchored ones are not in the lines (`anchoredPictures`). */
  readonly picture?: StoryPicture;
}

/** The tracked insertion or deletion a node is marked with, or null. */
function changeOf(n: PMNodeJSON): StoryRun['change'] {
  const mark = n.marks?.find((m) => m.type === 'insertion' || m.type === 'deletion');
  const attr = (key: string): string | null => (typeof mark?.attrs?.[key] === 'string' ? mark.attrs[key] : null);
  return mark ? { kind: mark.type as 'insertion' | 'deletion', author: attr('author'), date: attr('date') } : null;
}

/** A line of a story as shown: a paragraph's runs and its alignment (null: as its style says, the start). */
export interface StoryLine {
  readonly runs: readonly StoryRun[];
  readonly align: TextAlign | null;
}

/** The lines of a story (paragraphs with text or inline pictures) as runs, tracked insertions and deletions apart. */
export function storyLines(story: PMNodeJSON | undefined): StoryRun[][] {
  return storyParagraphs(story).map((line) => [...line.runs]);
}

/** The lines of a story with their paragraphs' alignment (the page view's zones). */
export function storyParagraphs(story: PMNodeJSON | undefined): StoryLine[] {
  if (!story) return [];
  const lines: StoryLine[] = [];
  const inline = (n: PMNodeJSON, runs: StoryRun[]): void => {
    const text = n.type === 'text' ? (n.text ?? '') : n.type === 'field' ? (typeof n.attrs?.result === 'string' ? n.attrs.result : '') : n.type === 'hard_break' ? ' ' : null;
    if (n.type === 'image') {
      const picture = storyPicture(n.attrs);
      if (!picture.anchored) runs.push({ text: '', change: changeOf(n), picture });
      return;
    }
    if (text === null) {
      for (const c of n.content ?? []) inline(c, runs);
      return;
    }
    const change = changeOf(n);
    const last = runs[runs.length - 1];
    if (last && !last.picture && JSON.stringify(last.change) === JSON.stringify(change)) runs[runs.length - 1] = { text: last.text + text.replace(/\t/g, ' '), change };
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
    if (runs.length === 0 || runs.every((r) => !r.picture && r.text.trim() === '')) return;
    runs[0] = { ...runs[0]!, text: runs[0]!.text.trimStart() };
    runs[runs.length - 1] = { ...runs[runs.length - 1]!, text: runs[runs.length - 1]!.text.trimEnd() };
    lines.push({ runs: runs.filter((r) => r.picture || r.text !== ''), align: safeAlign(n.attrs?.align) });
  };
  walk(story, 0);
  return lines;
}
