/**
 * The style editor: "Modifier le style…" shows what every paragraph of the style at the cursor
 * shares (font, size, colour, bold, italic, alignment, spacing, indents) and lays what the user
 * changes on all of them (`paragraph-styles.ts`), and for a named style what it is based on and
 * the next paragraph's style (`style-sheet-commands.ts`); "Nouveau style…" names a new paragraph
 * style after the selected paragraphs, or a character style after the selected text, whose
 * formatting becomes the style's.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { TextAlign } from '@ostal/model';
import { Button, Dialog, Field } from '../ui/index.js';
import { cmToTwips, parseDecimal, ptToTwips, twipsToCm } from './paragraph-format.js';
import type { StyleProps } from './paragraph-styles.js';
import type { StyleRelations } from './style-sheet-commands.js';
import type { TextStyleFamily } from '@ostal/model';
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
  /** Ribbon list: "Style de caractère". */
  readonly charStyle: string;
  /** No character style: "(Aucun)". */
  readonly noCharStyle: string;
  /** New style dialog: "Type de style", "Paragraphe", "Caractère". */
  readonly family: string;
  readonly familyParagraph: string;
  readonly familyCharacter: string;
  /** "Basé sur". */
  readonly basedOn: string;
  /** "Style du paragraphe suivant". */
  readonly next: string;
}

/** What the dialog shows of a named style's place among the others. */
export interface StyleDialogRelations extends StyleRelations {
  /** Styles it may be based on (not itself, nor those based on it). */
  readonly basedOnChoices: readonly string[];
  /** Styles the next paragraph may take. */
  readonly nextChoices: readonly string[];
}

const ALIGNS: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];

export function StyleDialog({ labels, name, props, count, relations, onSubmit, onClose }: { labels: WriterLabels; name: string; props: StyleProps; count: number; relations: StyleDialogRelations | null; onSubmit: (props: StyleProps, relations: StyleRelations | null) => void; onClose: () => void }) {
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
  // '' stands for Normal in both lists.
  const [basedOn, setBasedOn] = useState(relations?.basedOn ?? '');
  const [next, setNext] = useState(relations ? (relations.next ?? '') : '');
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
    onSubmit({ ...props, ...out, font: font.trim() === '' ? null : font.trim(), color, bold, italic, align }, relations ? { basedOn: basedOn === '' ? null : basedOn, next: next === '' ? null : next } : null);
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
        {relations ? (
          <>
            <Field label={s.basedOn}>
              <select className="ui-select" name="basedOn" value={basedOn} onChange={(e) => setBasedOn(e.target.value)}>
                <option value="">{labels.styles.paragraph}</option>
                {relations.basedOnChoices.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={s.next}>
              <select className="ui-select" name="next" value={next} onChange={(e) => setNext(e.target.value)}>
                <option value="">{labels.styles.paragraph}</option>
                {relations.nextChoices.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </Field>
          </>
        ) : null}
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

/** "Nouveau style…": the name and kind of a style for the selected paragraphs (or text, for a character style). */
export function NewStyleDialog({ labels, taken, onSubmit, onClose }: { labels: WriterLabels; taken: (name: string, family: TextStyleFamily) => boolean; onSubmit: (name: string, family: TextStyleFamily) => void; onClose: () => void }) {
  const s = labels.styleEditor;
  const [name, setName] = useState('');
  const [family, setFamily] = useState<TextStyleFamily>('paragraph');
  const bad = name.trim() !== '' && taken(name.trim(), family);
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
          if (name.trim() !== '' && !bad) onSubmit(name.trim(), family);
        }}
        noValidate
      >
        <Field label={s.family}>
          <select className="ui-select" name="family" value={family} onChange={(e) => setFamily(e.target.value === 'character' ? 'character' : 'paragraph')}>
            <option value="paragraph">{s.familyParagraph}</option>
            <option value="character">{s.familyCharacter}</option>
          </select>
        </Field>
        <Field label={s.name} hint={bad ? s.nameTaken : undefined}>
          <input className="ui-input" name="name" maxLength={200} value={name} aria-invalid={bad || undefined} autoFocus onChange={(e) => setName(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
