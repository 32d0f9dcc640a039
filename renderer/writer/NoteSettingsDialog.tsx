/**
 * Mise en page ▸ "Notes…": the document's footnote and endnote settings (`text-note-settings.ts`),
 * per kind the number format (shown as its first three numbers: "1, 2, 3", "i, ii, iii"...), the
 * number the first note shows and whether the numbering restarts at each section, chapter (a
 * heading of level 1) or page; for
 * endnotes, whether they are gathered at the end of the document or of each section.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NOTE_START, NOTE_NUMBER_FORMATS, NOTE_RESTARTS, formatNoteNumber } from '@ostal/model';
import type { NoteKind, NoteNumberFormat, NoteNumbering, NotePosition, NoteRestart } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { Button, Dialog, Field } from '../ui/index.js';
import type { FieldLabels } from './field-labels.js';
import { hasSectionNoteSettings, sectionNoteSettings, setNoteSettings } from './note-settings-command.js';
import { sectionHolders } from './story-sections.js';
import type { WriterMoreLabels } from './writer-more-labels.js';

export interface NoteSettingsDialogProps {
  readonly labels: FieldLabels;
  readonly more: WriterMoreLabels;
  /** The document whose settings are shown. */
  readonly doc: PMNode;
  /** The section the cursor is in (0: the first): its settings are shown, and "Cette section" is it. */
  readonly section: number;
  readonly onClose: () => void;
  /** Runs the command "OK" gives (`setNoteSettings`), after closing. */
  readonly run: (command: Command) => void;
}

/** "1, 2, 3" for a format. */
function sample(format: NoteNumberFormat): string {
  return [1, 2, 3].map((n) => formatNoteNumber(n, format)).join(', ');
}

function KindFields({ kind, value, labels, onChange }: { kind: NoteKind; value: NoteNumbering & { startText: string }; labels: FieldLabels; onChange: (v: NoteNumbering & { startText: string }) => void }) {
  const n = labels.noteSettings;
  // Every restart for every document: the writer numbers each on screen (by page in the page
  // view), whatever the file's format; saving one its format lacks says so (chapter to DOCX).
  const restarts = NOTE_RESTARTS;
  return (
    <fieldset className="writer-dialog__group">
      <legend>{kind === 'footnote' ? n.footnotes : labels.endnotes}</legend>
      <Field label={n.format}>
        <select className="ui-select" name={`${kind}-format`} value={value.format} onChange={(e) => onChange({ ...value, format: e.target.value as NoteNumberFormat })}>
          {NOTE_NUMBER_FORMATS.map((f) => (
            <option key={f} value={f}>
              {sample(f)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={n.startAt}>
        <input className="ui-input" name={`${kind}-start`} inputMode="numeric" value={value.startText} onChange={(e) => onChange({ ...value, startText: e.target.value })} />
      </Field>
      <Field label={n.restart}>
        <select className="ui-select" name={`${kind}-restart`} value={value.restart} onChange={(e) => onChange({ ...value, restart: e.target.value as NoteRestart })}>
          {restarts.map((r) => (
            <option key={r} value={r}>
              {n.restarts[r]}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'endnote' && (
        <Field label={n.position}>
          <select className="ui-select" name="endnote-position" value={value.position === 'section' ? 'section' : 'document'} onChange={(e) => onChange({ ...value, position: e.target.value as NotePosition })}>
            <option value="document">{n.endOfDocument}</option>
            <option value="section">{n.endOfSection}</option>
          </select>
        </Field>
      )}
    </fieldset>
  );
}

/** The start value typed, or null when it is no whole number from 1 to 32767. */
function startOf(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const v = Number(t);
  return v >= 1 && v <= MAX_NOTE_START ? v : null;
}

export function NoteSettingsDialog({ labels, more, doc, section, onClose, run }: NoteSettingsDialogProps) {
  const settings = sectionNoteSettings(doc, section);
  const sections = sectionHolders(doc).length;
  // As Word: a section with settings of its own is changed alone unless told otherwise.
  const [scope, setScope] = useState<'document' | 'section'>(hasSectionNoteSettings(doc, section) ? 'section' : 'document');
  const [foot, setFoot] = useState({ ...settings.footnote, startText: String(settings.footnote.start) });
  const [end, setEnd] = useState({ ...settings.endnote, startText: String(settings.endnote.start) });
  const [error, setError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fs = startOf(foot.startText);
    const es = startOf(end.startText);
    if (fs === null || es === null) {
      setError(true);
      return;
    }
    const strip = ({ startText: _t, ...v }: NoteNumbering & { startText: string }, start: number): NoteNumbering => ({ ...v, start });
    onClose();
    run(setNoteSettings({ footnote: strip(foot, fs), endnote: strip(end, es) }, scope === 'section' ? { section } : 'document'));
  };
  return (
    <Dialog
      title={labels.noteSettings.title}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-note-settings-form">
            {more.ok}
          </Button>
        </>
      }
    >
      <form id="writer-note-settings-form" className="writer-dialog__form" onSubmit={submit} noValidate>
        <KindFields kind="footnote" value={foot} labels={labels} onChange={setFoot} />
        <KindFields kind="endnote" value={end} labels={labels} onChange={setEnd} />
        {sections > 1 && (
          <Field label={labels.noteSettings.applyTo}>
            <select className="ui-select" name="scope" value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'section')}>
              <option value="document">{labels.noteSettings.wholeDocument}</option>
              <option value="section">{labels.noteSettings.thisSection(section + 1)}</option>
            </select>
          </Field>
        )}
        {error && (
          <p className="writer-dialog__error" role="alert">
            {labels.noteSettings.startError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
