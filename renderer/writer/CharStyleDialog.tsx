/**
 * The character style dialog ("Modifier le style de caractère…"): the style's name (renaming
 * it), what it is based on, and what all its runs share — font, size, colour, bold, italic,
 * underline, capitals, letter spacing, language; "Supprimer le style" takes it off its text
 * (`char-style-commands.ts`).
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { safeLanguageTag, safeLetterSpacing } from '@ostal/model';
import { Button, Dialog, Field } from '../ui/index.js';
import { parseDecimal } from './paragraph-format.js';
import type { CapsVariant, CharStyleChange, CharStyleProps } from './char-style-commands.js';
import type { WriterLabels } from './writer-labels.js';

/** Languages offered first (those of French public-sector documents); the style's own is added when it is another. */
const LANGUAGES = ['fr-FR', 'en-GB', 'en-US', 'de-DE', 'es-ES', 'it-IT', 'oc-FR', 'br-FR', 'eu-FR', 'co-FR'] as const;

/** The name of language `tag` in the interface's language (the tag itself when the browser has none). */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([document.documentElement.lang || 'fr'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface CharStyleDialogProps {
  readonly labels: WriterLabels;
  readonly name: string;
  readonly props: CharStyleProps;
  /** How many runs have the style. */
  readonly count: number;
  readonly basedOn: string | null;
  /** Styles it may be based on (not itself, nor those based on it). */
  readonly basedOnChoices: readonly string[];
  /** True for a name another character style has. */
  readonly taken: (name: string) => boolean;
  readonly onSubmit: (change: CharStyleChange) => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
}

export function CharStyleDialog({ labels, name, props, count, basedOn, basedOnChoices, taken, onSubmit, onDelete, onClose }: CharStyleDialogProps) {
  const c = labels.charStyles;
  const s = labels.styleEditor;
  const more = labels.more;
  const decimal = (v: number | null): string => (v === null ? '' : String(v).replace('.', document.documentElement.lang === 'en' ? '.' : ','));
  const [newName, setNewName] = useState(name);
  const [parent, setParent] = useState(basedOn ?? '');
  const [font, setFont] = useState(props.font ?? '');
  const [size, setSize] = useState(decimal(props.size));
  const [color, setColor] = useState(props.color);
  const [bold, setBold] = useState(props.bold);
  const [italic, setItalic] = useState(props.italic);
  const [underline, setUnderline] = useState(props.underline);
  const [caps, setCaps] = useState<CapsVariant | null>(props.caps);
  const [spacing, setSpacing] = useState(decimal(props.letterSpacing));
  const [lang, setLang] = useState(props.lang ?? '');
  const [invalid, setInvalid] = useState<'size' | 'spacing' | null>(null);
  const trimmed = newName.trim();
  const nameBad = trimmed === '' || (trimmed !== name && taken(trimmed));
  const languages = props.lang !== null && !(LANGUAGES as readonly string[]).includes(props.lang) ? [...LANGUAGES, props.lang] : LANGUAGES;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameBad) return;
    const n = parseDecimal(size);
    const sizeValue = n === null ? null : n >= 1 && n <= 1638 ? Math.round(n * 2) / 2 : Number.NaN;
    if (sizeValue !== null && Number.isNaN(sizeValue)) return setInvalid('size');
    const sp = parseDecimal(spacing);
    // 0 pt is no extra spacing.
    const spacingValue = sp === null || sp === 0 ? null : safeLetterSpacing(sp);
    if (sp !== null && sp !== 0 && spacingValue === null) return setInvalid('spacing');
    onSubmit({
      name: trimmed,
      basedOn: parent === '' ? null : parent,
      props: { font: font.trim() === '' ? null : font.trim(), size: sizeValue, color, bold, italic, underline, caps, letterSpacing: spacingValue, lang: safeLanguageTag(lang) },
    });
  };

  return (
    <Dialog
      title={c.title(name)}
      onCancel={onClose}
      footer={
        <>
          <Button variant="danger" onClick={onDelete}>
            {c.delete}
          </Button>
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-char-style-form" disabled={nameBad}>
            {more.ok}
          </Button>
        </>
      }
    >
      <p className="writer-dialog__note">{c.appliesTo(count)}</p>
      <form id="writer-char-style-form" className="writer-dialog__grid" onSubmit={submit} noValidate>
        <Field label={s.name} hint={nameBad && trimmed !== '' ? s.nameTaken : undefined}>
          <input className="ui-input" name="name" maxLength={200} value={newName} aria-invalid={nameBad || undefined} onChange={(e) => setNewName(e.target.value)} />
        </Field>
        <Field label={s.basedOn}>
          <select className="ui-select" name="basedOn" value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{s.noCharStyle}</option>
            {basedOnChoices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.font}>
          <input className="ui-input" name="font" value={font} onChange={(e) => setFont(e.target.value)} />
        </Field>
        <Field label={labels.fontSize} hint={invalid === 'size' ? more.invalidNumber : undefined}>
          <input className="ui-input" inputMode="decimal" name="size" value={size} aria-invalid={invalid === 'size' || undefined} onChange={(e) => { setSize(e.target.value); setInvalid(null); }} />
        </Field>
        <Field label={labels.textColor}>
          <input className="ui-input" type="color" name="color" value={color ?? '#000000'} onChange={(e) => setColor(e.target.value)} />
        </Field>
        <label className="writer-dialog__check">
          <input type="checkbox" checked={bold} onChange={(e) => setBold(e.target.checked)} /> {labels.bold}
        </label>
        <label className="writer-dialog__check">
          <input type="checkbox" checked={italic} onChange={(e) => setItalic(e.target.checked)} /> {labels.italic}
        </label>
        <label className="writer-dialog__check">
          <input type="checkbox" checked={underline} onChange={(e) => setUnderline(e.target.checked)} /> {labels.underline}
        </label>
        <Field label={c.caps}>
          <select className="ui-select" name="caps" value={caps ?? ''} onChange={(e) => setCaps(e.target.value === 'all' || e.target.value === 'small' ? e.target.value : null)}>
            <option value="">{c.capsNone}</option>
            <option value="all">{c.capsAll}</option>
            <option value="small">{c.capsSmall}</option>
          </select>
        </Field>
        <Field label={c.letterSpacing} hint={invalid === 'spacing' ? more.invalidNumber : undefined}>
          <input className="ui-input" inputMode="decimal" name="letterSpacing" value={spacing} aria-invalid={invalid === 'spacing' || undefined} onChange={(e) => { setSpacing(e.target.value); setInvalid(null); }} />
        </Field>
        <Field label={c.language}>
          <select className="ui-select" name="lang" value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{c.languageNone}</option>
            {languages.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </Field>
      </form>
    </Dialog>
  );
}
