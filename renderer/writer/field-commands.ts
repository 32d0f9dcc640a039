/**
 * Fields as a word processor edits them (model: `text-field-schema.ts`): Insertion ▸ Champ puts
 * one at the cursor, a selected field is edited as a unit (double-click, Enter, "Modifier le
 * champ…": `FieldDialog.tsx`), and "Mettre à jour les champs" (F9) recomputes the results of the
 * fields that are not fixed — date, time, title, author, file name — in the text and in the
 * headers and footers (`story-fields.ts`), and rebuilds the tables of contents, in one undo step. Page numbers and counts are filled in by the print layout, page by
 * page (`print-layout.ts`): here they keep their last result.
 */
import { textSchema } from '@ostal/model';
import type { FieldKind } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { DATE_PICTURES, TIME_PICTURES, dateOfValue, fieldResultOf, instructionOf, isoLocal, pictureOfInstruction, updatedFieldResult } from './field-format.js';
import type { FieldContext, FieldSpec } from './field-format.js';
import { updateTablesOfContents } from './toc-commands.js';
import { hasStoryFields, updateStoryFields } from './story-fields.js';

/** A field of the document and where it stands. */
export interface FieldAt {
  readonly pos: number;
  readonly node: PMNode;
}

/** The field selected as a unit (clicked, or reached with the arrows), or null. */
export function selectedField(state: EditorState): FieldAt | null {
  const sel = state.selection;
  return sel instanceof NodeSelection && sel.node.type.name === 'field' ? { pos: sel.from, node: sel.node } : null;
}

/** What the field dialog shows for an existing field: its kind, picture and fixed state. */
export function specOfField(node: PMNode): FieldSpec {
  const kind = node.attrs.kind as FieldKind;
  const picture = pictureOfInstruction(String(node.attrs.instruction));
  const editable = kind === 'other' ? 'date' : kind;
  const fallback = editable === 'time' ? TIME_PICTURES[0]! : DATE_PICTURES[0]!;
  return { kind: editable, picture: picture ?? fallback, fixed: node.attrs.fixed === true };
}

/** The attributes of a field of `spec`: a fixed date or time keeps the moment it holds (`at`). */
function fieldAttrs(spec: FieldSpec, context: FieldContext, at: Date, previousResult: string): Record<string, unknown> {
  const timed = spec.kind === 'date' || spec.kind === 'time';
  const result = fieldResultOf(spec, context, at) ?? (previousResult !== '' ? previousResult : '1');
  return { kind: spec.kind, instruction: instructionOf(spec), result, fixed: spec.fixed, value: spec.fixed && timed ? isoLocal(at) : null };
}

/** Inserts a field of `spec` at the cursor (replacing the selection); the cursor goes after it, as in Word and LibreOffice. */
export function insertField(spec: FieldSpec, context: FieldContext): Command {
  return (state, dispatch) => {
    if (!state.selection.$from.parent.inlineContent) return false;
    if (dispatch) {
      const node = textSchema.nodes.field!.create(fieldAttrs(spec, context, context.now, ''));
      dispatch(state.tr.replaceSelectionWith(node, true).scrollIntoView());
    }
    return true;
  };
}

/**
 * Sets the field at `pos` to `spec`. A date or time made fixed keeps the moment it showed (its
 * stored value, or now); an updated one shows now.
 */
export function setField(pos: number, spec: FieldSpec, context: FieldContext): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (node?.type.name !== 'field') return false;
    if (dispatch) {
      const kept = spec.fixed && node.attrs.fixed === true ? dateOfValue(node.attrs.value as string | null) : null;
      const attrs = fieldAttrs(spec, context, kept ?? context.now, String(node.attrs.result));
      const tr = state.tr.setNodeMarkup(pos, undefined, attrs, node.marks);
      dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
    }
    return true;
  };
}

/** Recomputes the results of the fields that are not fixed; returns how many changed. */
function updateFieldResults(tr: Transaction, context: FieldContext): number {
  const changes: { pos: number; node: PMNode; result: string }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.type.name !== 'field') return true;
    const result = updatedFieldResult(node.attrs, context);
    if (result !== null) changes.push({ pos, node, result });
    return false;
  });
  for (const c of changes) tr.setNodeMarkup(c.pos, undefined, { ...c.node.attrs, result: c.result }, c.node.marks);
  return changes.length;
}

/**
 * Updates every field that is not fixed and every table of contents (F9, "Mettre à jour les
 * champs"), as one undo step. Fails when there is nothing to update.
 */
export function updateAllFields(context: FieldContext): Command {
  return (state, dispatch) => {
    let hasField = hasStoryFields(state.doc);
    state.doc.descendants((node) => {
      if (node.type.name === 'field') hasField = true;
      return !hasField;
    });
    const hasToc = updateTablesOfContents(state);
    if (!hasField && !hasToc) return false;
    if (dispatch) {
      let tr = state.tr;
      if (hasToc) {
        updateTablesOfContents(state, (t) => {
          tr = t;
        });
      }
      updateFieldResults(tr, context);
      updateStoryFields(tr, context);
      if (tr.docChanged) dispatch(tr);
    }
    return true;
  };
}

/** Editor props opening the field dialog: double-click on a field, Enter on a selected one. */
export function fieldEditProps(onEdit: (field: FieldAt) => void) {
  return {
    handleDoubleClickOn(view: EditorView, _pos: number, node: PMNode, nodePos: number): boolean {
      if (node.type.name !== 'field' || !view.editable) return false;
      view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
      onEdit({ pos: nodePos, node });
      return true;
    },
    handleKeyDown(view: EditorView, event: KeyboardEvent): boolean {
      if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || !view.editable) return false;
      const field = selectedField(view.state);
      if (!field) return false;
      onEdit(field);
      return true;
    },
  };
}
