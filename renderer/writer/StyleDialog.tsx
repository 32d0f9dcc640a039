/**
 * The style editor: "Modifier le style…" shows what every paragraph of the style at the cursor
 * shares (font, size, colour, bold, italic, alignment, spacing, indents) and lays what the user
 * changes on all of them (`paragraph-styles.ts`); "Nouveau style…" names a new style after the
 * selected paragraphs, whose formatting becomes the style's.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { TextAlign } from '@ostal/model';
import { Button, Dialog, Field } from '../ui/index.js';
import { cmToTwips, parseDecimal, ptToTwips, twipsToCm } from './paragraph-format.js';
import type { StyleProps } from './paragraph-styles.js';
import type { WriterLabels } from './writer-labels.js';

export interface StyleEditorLabels {
  /** Ribbon button: "Modifier le style…". */
  readonly modify: string;
  /** Ribbon button: "Nouveau style…". */
  readonly create: string;
  /** Dialog title: "Modifier le style « Corps de texte »". */
  readonly modifyTitle: (name: string) => string;
  readonly createTitle: string;
  readonly name: string;
  /** A name another style has: "Ce nom est déjà pris". */
  readonly nameTaken: string;
  readonly alignment: string;
  /** Value left as each paragraph has it: "(inchangé)". */
  readonly unset: string;
  /** "S’applique à 3 paragraphes". */
  readonly appliesTo: (count: number) => string;
}

const ALIGNS: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];

export function StyleDialog({ labels, name, props, count, onSubmit, onClose }: { labels: WriterLabels; name: string; props: StyleProps; count: number; onSubmit: (props: StyleProps) => void; onClose: () => void }) {
  const s = labels.styleEditor;
  const more = labels.more;
  const decimal = (v: number | null, f: (n: number) => number): string => (v === null ? '' : String(f(v)).replace('.', document.documentElement.lang === 'en' ? '.' : ','));
  const [fields, setFields] = useState({
    size: props.size === null ? '' : decimal(props.size, (n) => n),
    spaceBefore: decimal(props.spaceBefore, (t) => t / 20),
    spaceAfter: decimal(props.spaceAfter, (t) => t / 20),
    indentLeft: decimal(props.indentLeft, twipsToCm),
    indentRight: decimal(props.indentRight, twipsToCm),
    indentFirstLine: decimal(props.indentFirstLine, twipsToCm),
  });
  const [font, setFont] = useState(props.font ?? '');
  const [color, setColor] = useState(props.color);
  const [bold, setBold] = useState(props.bold);
  const [italic, setItalic] = useState(props.italic);
  const [align, setAlign] = useState<TextAlign | null>(props.align);
  const [invalid, setInvalid] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const out: Record<string, number | null> = {};
    for (const [key, text] of Object.entries(fields)) {
      const n = parseDecimal(text);
      const value = n === null ? null : key === 'size' ? (n >= 1 && n <= 1638 ? Math.round(n * 2) / 2 : null) : key.startsWith('indent') ? cmToTwips(n) : ptToTwips(n);
      if (n !== null && (Number.isNaN(n) || value === null)) {
        setInvalid(key);
        return;
      }
      out[key] = value;
    }
    onSubmit({ ...props, ...out, font: font.trim() === '' ? null : font.trim(), color, bold, italic, align });
  };
  const field = (key: keyof typeof fields, label: string) => (
    <Field label={label} hint={invalid === key ? more.invalidNumber : undefined}>
      <input className="ui-input" inputMode="decimal" name={key} value={fields[key]} aria-invalid={invalid === key || undefined} onChange={(e) => { setFields({ ...fields, [key]: e.target.value }); setInvalid(null); }} />
    </Field>
  );
  return (
    <Dialog
      title={s.modifyTitle(name)}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-style-form">
            {more.ok}
          </Button>
        </>
      }
    >
      <p className="writer-dialog__note">{s.appliesTo(count)}</p>
      <form id="writer-style-form" className="writer-dialog__grid" onSubmit={submit} noValidate>
        <Field label={labels.font}>
          <input className="ui-input" name="font" value={font} onChange={(e) => setFont(e.target.value)} />
        </Field>
        {field('size', labels.fontSize)}
        <Field label={labels.textColor}>
          <input className="ui-input" type="color" name="color" value={color ?? '#000000'} onChange={(e) => setColor(e.target.value)} />
        </Field>
        <label className="writer-dialog__check">
          <input type="checkbox" checked={bold} onChange={(e) => setBold(e.target.checked)} /> {labels.bold}
        </label>
        <label className="writer-dialog__check">
          <input type="checkbox" checked={italic} onChange={(e) => setItalic(e.target.checked)} /> {labels.italic}
        </label>
        <Field label={s.alignment}>
          <select className="ui-select" value={align ?? ''} onChange={(e) => setAlign(e.target.value === '' ? null : (e.target.value as TextAlign))}>
            <option value="">{s.unset}</option>
            {ALIGNS.map((a) => (
              <option key={a} value={a}>
                {labels.align[a]}
              </option>
            ))}
          </select>
        </Field>
        {field('spaceBefore', more.spaceBefore)}
        {field('spaceAfter', more.spaceAfter)}
        {field('indentLeft', more.indentLeft)}
        {field('indentRight', more.indentRight)}
        {field('indentFirstLine', more.indentFirstLine)}
      </form>
    </Dialog>
  );
}

/** "Nouveau style…": the name of a style for the selected paragraphs. */
export function NewStyleDialog({ labels, taken, onSubmit, onClose }: { labels: WriterLabels; taken: (name: string) => boolean; onSubmit: (name: string) => void; onClose: () => void }) {
  const s = labels.styleEditor;
  const [name, setName] = useState('');
  const bad = name.trim() !== '' && taken(name.trim());
  return (
    <Dialog
      title={s.createTitle}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{labels.more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-new-style-form" disabled={name.trim() === '' || bad}>
            {labels.more.ok}
          </Button>
        </>
      }
    >
      <form
        id="writer-new-style-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '' && !bad) onSubmit(name.trim());
        }}
        noValidate
      >
        <Field label={s.name} hint={bad ? s.nameTaken : undefined}>
          <input className="ui-input" name="name" maxLength={200} value={name} aria-invalid={bad || undefined} autoFocus onChange={(e) => setName(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
