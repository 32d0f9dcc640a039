/**
 * What the grid edits beside cell contents: notes (cell menu, Shift+F2), data validation rules
 * ("Validité…"), pictures inserted from a file ("Image…") and print settings ("Mise en page…").
 * Each change is one engine step (`updateProps` / `setDrawings`), undone with Ctrl+Z, and saved by
 * both formats' writers.
 */
import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { cellName } from '@ostal/model';
import type { SheetImage } from '@ostal/model';
import { Button } from '../ui/index.js';
import { noteAt, withNote } from './cell-notes.js';
import { cellAtViewPoint, gridSizes, PX_PER_PT, rectAnchor } from './drawing-geometry.js';
import type { GridAdapter, GridRange } from './grid-adapter.js';
import { NoteBubble, NoteDialog } from './NoteDialog.js';
import { pageSetupForm, pageSetupOf } from './page-setup-edit.js';
import { PageSetupDialog } from './PageSetupDialog.js';
import { checkPictureFile, newPictureName, placedSize, toBase64 } from './picture-file.js';
import type { RefreshRequest } from './SheetActions.js';
import type { MenuEntry } from './SheetContextMenu.js';
import type { SheetsObjectLabels } from './sheets-object-labels.js';
import { validationAt } from './validation-check.js';
import { formOf, ruleOf, withValidation } from './validation-edit.js';
import { ValidityDialog } from './ValidityDialog.js';
import type { WorkbookEngine } from './workbook-engine.js';

/** A file the host's chooser returned. */
export interface PickedPicture {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SheetObjectToolsOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: number;
  readonly cursor: { readonly row: number; readonly col: number };
  readonly labels: SheetsObjectLabels;
  readonly locale: string;
  /** Changes when the grid scrolled, redrew or cells changed (the note bubble follows its cell). */
  readonly revision: number;
  readonly active: boolean;
  /** Author of new notes (the user's name from the settings). */
  readonly author?: string;
  /** The host's file chooser for pictures; without it there is no "Image…" button. */
  readonly onPickPicture?: () => Promise<PickedPicture | null>;
  readonly refresh: (request: RefreshRequest) => void;
}

type Open = { kind: 'note'; row: number; col: number } | { kind: 'validity'; range: GridRange } | { kind: 'page' } | null;

export function useSheetObjectTools({ engine, grid, sheet, cursor, labels, locale, revision, active, author, onPickPicture, refresh }: SheetObjectToolsOptions) {
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const props = engine().sheetProps(sheet);
  const selection = (): GridRange => grid()?.selection?.() ?? { top: cursor.row, left: cursor.col, bottom: cursor.row, right: cursor.col };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => grid()?.focus());
  };

  // ---- Notes ----
  const editNote = (row = cursor.row, col = cursor.col) => setOpen({ kind: 'note', row, col });
  const setNote = (row: number, col: number, text: string) => {
    const e = engine();
    const before = e.sheetProps(sheet).comments;
    if ((noteAt(before, row, col)?.text ?? '') === text.replace(/\r\n?/g, '\n') || (noteAt(before, row, col) === undefined && text.trim() === '')) return;
    e.updateProps(sheet, ({ comments, ...p }) => {
      const next = withNote(comments, row, col, text, author, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
      return next ? { ...p, comments: next } : p;
    });
    refresh({ layout: true, select: selection() });
  };
  const cellEntries = (): MenuEntry[] => {
    const has = noteAt(engine().sheetProps(sheet).comments, cursor.row, cursor.col) !== undefined;
    return [
      { kind: 'separator' },
      { label: has ? labels.notes.edit : labels.notes.insert, onSelect: () => editNote() },
      ...(has ? [{ label: labels.notes.remove, onSelect: () => setNote(cursor.row, cursor.col, '') }] : []),
    ];
  };

  // ---- Validity ----
  const openValidity = () => setOpen({ kind: 'validity', range: selection() });

  // ---- Pictures ----
  const insertPicture = (file: PickedPicture, at: { row: number; col: number } = cursor) => {
    const check = checkPictureFile(file.bytes);
    if (!check.ok) {
      setNotice(check.reason === 'tooLarge' ? labels.picture.tooLarge(file.name) : labels.picture.notPicture(file.name));
      return;
    }
    setNotice('');
    const view = grid()?.view?.();
    const sizes = gridSizes(view ? (c) => view.colWidth(c) : () => 64, view ? (r) => view.rowHeight(r) : () => 20);
    const size = placedSize(check.info);
    const anchor = rectAnchor(sizes, { x: sizes.cols.offset(at.col), y: sizes.rows.offset(at.row), width: size.width * PX_PER_PT, height: size.height * PX_PER_PT });
    const images = engine().sheetProps(sheet).images ?? [];
    const charts = engine().sheetProps(sheet).charts ?? [];
    const name = newPictureName([...images.map((i) => i.name), ...charts.map((c) => c.title)], labels.picture.baseName);
    const image: SheetImage = { anchor, mediaType: check.info.mediaType, base64: toBase64(file.bytes), name, description: file.name, size };
    engine().setDrawings(sheet, { images: [...images, image] });
    refresh({});
  };
  const pickPicture = () => {
    if (!onPickPicture) return;
    onPickPicture().then(
      (file) => {
        if (file) insertPicture(file);
        else grid()?.focus();
      },
      (e: unknown) => setNotice(labels.picture.readFailed(e instanceof Error ? e.message : String(e))),
    );
  };

  /** Picture files dragged from the file manager onto the grid land on the cell under the pointer. */
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    const host = event.currentTarget.querySelector('.sheets-grid')?.getBoundingClientRect();
    const view = grid()?.view?.();
    const at = host && view ? cellAtViewPoint(gridSizes(view.colWidth.bind(view), view.rowHeight.bind(view)), view, event.clientX - host.left, event.clientY - host.top) : cursor;
    for (const file of [...event.dataTransfer.files]) {
      file.arrayBuffer().then(
        (buffer) => insertPicture({ name: file.name, bytes: new Uint8Array(buffer) }, at),
        (e: unknown) => setNotice(labels.picture.readFailed(e instanceof Error ? e.message : String(e))),
      );
    }
  };

  const buttons: ReactNode = (
    <>
      <Button onClick={openValidity}>{labels.validity.button}</Button>
      {onPickPicture ? <Button onClick={pickPicture}>{labels.picture.button}</Button> : null}
      <Button onClick={() => setOpen({ kind: 'page' })}>{labels.page.button}</Button>
    </>
  );

  const noteText = active && open === null ? noteAt(props.comments, cursor.row, cursor.col)?.text : undefined;
  const overlays: ReactNode = (
    <>
      {notice ? (
        <p className="sheets-object-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <NoteBubble text={noteText} row={cursor.row} col={cursor.col} grid={grid} label={labels.notes.shown} revision={revision} />
      {open?.kind === 'note' ? (
        <NoteDialog
          labels={labels.notes}
          cell={cellName(open.row, open.col)}
          text={noteAt(props.comments, open.row, open.col)?.text ?? ''}
          onCancel={close}
          onApply={(text) => {
            close();
            setNote(open.row, open.col, text);
          }}
        />
      ) : null}
      {open?.kind === 'validity' ? (
        <ValidityDialog
          labels={labels.validity}
          initial={formOf(validationAt(props.validations, cursor.row, cursor.col), locale, engine().date1904)}
          onCancel={close}
          onApply={(form) => {
            const range = open.range;
            const { rule, problem } = ruleOf(form, [range], locale, engine().date1904);
            if (problem) return problem;
            engine().updateProps(sheet, ({ validations, ...p }) => {
              const next = withValidation(validations, range, rule);
              return next ? { ...p, validations: next } : p;
            });
            close();
            refresh({ select: range });
            return undefined;
          }}
        />
      ) : null}
      {open?.kind === 'page' ? (
        <PageSetupDialog
          labels={labels.page}
          initial={pageSetupForm(props.pageSetup, locale)}
          onCancel={close}
          onApply={(form) => {
            const { setup, problem } = pageSetupOf(form, props.pageSetup, locale);
            if (problem) return problem;
            engine().updateProps(sheet, (p) => ({ ...p, pageSetup: setup }));
            close();
            refresh({});
            return undefined;
          }}
        />
      ) : null}
    </>
  );

  return { buttons, overlays, cellEntries, editNote, insertPicture, onDragOver, onDrop };
}
