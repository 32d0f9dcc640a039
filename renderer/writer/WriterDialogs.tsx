/** The writer's dialogs: statistics, hyperlink, opening a link, bookmark, paragraph. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Dialog, Field } from '../ui/index.js';
import { normalizeHref } from './link-commands.js';
import { BORDER_PRESETS, borderLineOf, borderPresetOf, cmToTwips, parseDecimal, presetBorders, ptToTwips, twipsToCm } from './paragraph-format.js';
import type { BorderPreset } from './paragraph-format.js';
import type { TextBorderStyle } from '@ostal/model';
import type { ParagraphFormat } from './paragraph-format.js';
import { PAPER_NAMES } from './page-setup.js';
import type { PageSetup, PaperName } from './page-setup.js';
import type { TextStats } from './text-stats.js';
import type { WriterMoreLabels } from './writer-more-labels.js';

export function StatsDialog({ stats, labels, onClose }: { stats: TextStats; labels: WriterMoreLabels; onClose: () => void }) {
  const rows: [string, number][] = [
    [labels.statWords, stats.words],
    [labels.statCharacters, stats.characters],
    [labels.statCharactersNoSpaces, stats.charactersNoSpaces],
    [labels.statParagraphs, stats.paragraphs],
  ];
  return (
    <Dialog title={labels.stats} onCancel={onClose} size="small" footer={<Button variant="primary" onClick={onClose}>{labels.close}</Button>}>
      <dl className="writer-stats">
        {rows.map(([name, value]) => (
          <div key={name} className="writer-stats__row">
            <dt>{name}</dt>
            <dd>{value.toLocaleString(document.documentElement.lang || undefined)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

export interface LinkDialogProps {
  readonly labels: WriterMoreLabels;
  /** The link being edited, or null for a new one. */
  readonly href: string | null;
  readonly text: string;
  readonly onSubmit: (href: string, text: string) => void;
  readonly onRemove: () => void;
  readonly onClose: () => void;
}

export function LinkDialog({ labels, href, text: initialText, onSubmit, onRemove, onClose }: LinkDialogProps) {
  const [text, setText] = useState(initialText);
  const [address, setAddress] = useState(href ?? '');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = normalizeHref(address);
    if (target === null) {
      setError(true);
      return;
    }
    onSubmit(target, text);
  };
  return (
    <Dialog
      title={href === null ? labels.insertLinkTitle : labels.editLinkTitle}
      onCancel={onClose}
      initialFocus={href === null && initialText !== '' ? 'input[name=address]' : 'input[name=text]'}
      footer={
        <>
          {href !== null && (
            <Button variant="danger" onClick={onRemove}>
              {labels.removeLink}
            </Button>
          )}
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-link-form">
            {labels.ok}
          </Button>
        </>
      }
    >
      <form id="writer-link-form" onSubmit={submit} noValidate>
        <Field label={labels.linkText}>
          <input className="ui-input" name="text" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field label={labels.linkAddress} hint={error ? labels.linkInvalid : undefined}>
          <input
            className="ui-input"
            name="address"
            value={address}
            aria-invalid={error || undefined}
            onChange={(e) => {
              setAddress(e.target.value);
              setError(false);
            }}
          />
        </Field>
        {error && (
          <p role="alert" className="writer-dialog__error">
            {labels.linkInvalid}
          </p>
        )}
      </form>
    </Dialog>
  );
}

export function OpenLinkDialog({ labels, href, onOpen, onClose }: { labels: WriterMoreLabels; href: string; onOpen: () => void; onClose: () => void }) {
  return (
    <Dialog
      title={labels.openLinkTitle}
      role="alertdialog"
      size="small"
      onCancel={onClose}
      initialFocus="button[data-default]"
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" data-default="" onClick={onOpen}>
            {labels.open}
          </Button>
        </>
      }
    >
      <p>{labels.openLinkBody}</p>
      <p className="writer-dialog__url">{href}</p>
    </Dialog>
  );
}

export function BookmarkDialog({ labels, isValid, onSubmit, onClose }: { labels: WriterMoreLabels; isValid: (name: string) => boolean; onSubmit: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid(name.trim())) setError(true);
    else onSubmit(name.trim());
  };
  return (
    <Dialog
      title={labels.bookmark}
      size="small"
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-bookmark-form">
            {labels.ok}
          </Button>
        </>
      }
    >
      <form id="writer-bookmark-form" onSubmit={submit} noValidate>
        <Field label={labels.bookmarkName}>
          <input className="ui-input" value={name} aria-invalid={error || undefined} onChange={(e) => { setName(e.target.value); setError(false); }} />
        </Field>
        {error && (
          <p role="alert" className="writer-dialog__error">
            {labels.bookmarkInvalid}
          </p>
        )}
      </form>
    </Dialog>
  );
}

const LINE_HEIGHTS = ['1', '1.15', '1.5', '2'] as const;
/** Border widths offered, in eighths of a point (½, ¾, 1, 1½, 2¼, 3, 4½, 6 pt). */
const BORDER_WIDTHS = [4, 6, 8, 12, 18, 24, 36, 48] as const;

export function ParagraphDialog({ labels, format, onSubmit, onClose }: { labels: WriterMoreLabels; format: ParagraphFormat; onSubmit: (format: ParagraphFormat) => void; onClose: () => void }) {
  const num = (v: number | null, f: (n: number) => number): string => (v === null ? '' : String(f(v)).replace('.', document.documentElement.lang === 'en' ? '.' : ','));
  const [fields, setFields] = useState({
    indentLeft: num(format.indentLeft, twipsToCm),
    indentRight: num(format.indentRight, twipsToCm),
    indentFirstLine: num(format.indentFirstLine, twipsToCm),
    spaceBefore: num(format.spaceBefore, (t) => t / 20),
    spaceAfter: num(format.spaceAfter, (t) => t / 20),
  });
  const [lineHeight, setLineHeight] = useState(format.lineHeight === null ? '' : String(format.lineHeight));
  const [invalid, setInvalid] = useState<string | null>(null);
  const initialLine = borderLineOf(format.borders);
  const [preset, setPreset] = useState<BorderPreset | 'keep'>(borderPresetOf(format.borders) ?? 'keep');
  const [lineStyle, setLineStyle] = useState<TextBorderStyle>(initialLine.style);
  const [lineWidth, setLineWidth] = useState(String(initialLine.width));
  const [lineColor, setLineColor] = useState(initialLine.color ?? '#000000');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const out: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(fields)) {
      const n = parseDecimal(text);
      const twips = n === null ? null : key.startsWith('indent') ? cmToTwips(n) : ptToTwips(n);
      if (n !== null && (Number.isNaN(n) || twips === null)) {
        setInvalid(key);
        return;
      }
      out[key] = twips;
    }
    out.lineHeight = lineHeight === '' ? null : Number(lineHeight);
    out.borders = preset === 'keep' ? format.borders : presetBorders(preset, { style: lineStyle, width: Number(lineWidth), color: lineColor === '#000000' ? null : lineColor, space: initialLine.space });
    onSubmit(out as unknown as ParagraphFormat);
  };
  const field = (key: keyof typeof fields, label: string) => (
    <Field label={label} hint={invalid === key ? labels.invalidNumber : undefined}>
      <input className="ui-input" inputMode="decimal" name={key} value={fields[key]} aria-invalid={invalid === key || undefined} onChange={(e) => { setFields({ ...fields, [key]: e.target.value }); setInvalid(null); }} />
    </Field>
  );
  const lineOptions = format.lineHeight !== null && !(LINE_HEIGHTS as readonly string[]).includes(String(format.lineHeight)) ? [String(format.lineHeight)] : [];
  return (
    <Dialog
      title={labels.paragraph}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-paragraph-form">
            {labels.ok}
          </Button>
        </>
      }
    >
      <form id="writer-paragraph-form" className="writer-dialog__grid" onSubmit={submit} noValidate>
        {field('indentLeft', labels.indentLeft)}
        {field('indentRight', labels.indentRight)}
        {field('indentFirstLine', labels.indentFirstLine)}
        {field('spaceBefore', labels.spaceBefore)}
        {field('spaceAfter', labels.spaceAfter)}
        <Field label={labels.lineHeight}>
          <select className="ui-select" value={lineHeight} onChange={(e) => setLineHeight(e.target.value)}>
            <option value="">{labels.lineHeightDefault}</option>
            {LINE_HEIGHTS.map((v) => (
              <option key={v} value={v}>
                {labels.lineHeights[v]}
              </option>
            ))}
            {lineOptions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.border}>
          <select className="ui-select" value={preset} onChange={(e) => setPreset(e.target.value as BorderPreset | 'keep')}>
            {BORDER_PRESETS.map((p) => (
              <option key={p} value={p}>
                {labels.borderPresets[p]}
              </option>
            ))}
            {borderPresetOf(format.borders) === null && <option value="keep">{labels.borderPresets.keep}</option>}
          </select>
        </Field>
        <Field label={labels.borderStyle}>
          <select className="ui-select" value={lineStyle} disabled={preset === 'none' || preset === 'keep'} onChange={(e) => setLineStyle(e.target.value as TextBorderStyle)}>
            {(['solid', 'double', 'dotted', 'dashed'] as const).map((st) => (
              <option key={st} value={st}>
                {labels.borderStyles[st]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.borderWidth}>
          <select className="ui-select" value={lineWidth} disabled={preset === 'none' || preset === 'keep'} onChange={(e) => setLineWidth(e.target.value)}>
            {((BORDER_WIDTHS as readonly number[]).includes(initialLine.width) ? BORDER_WIDTHS : [...BORDER_WIDTHS, initialLine.width].sort((x, y) => x - y)).map((w) => (
              <option key={w} value={String(w)}>
                {(w / 8).toLocaleString(document.documentElement.lang || undefined)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labels.borderColor}>
          <input type="color" className="writer-dialog__color" value={lineColor} disabled={preset === 'none' || preset === 'keep'} onChange={(e) => setLineColor(e.target.value.toLowerCase())} />
        </Field>
      </form>
    </Dialog>
  );
}

export function PageSetupDialog({ labels, setup, onSubmit, onClose }: { labels: WriterMoreLabels; setup: PageSetup; onSubmit: (setup: PageSetup) => void; onClose: () => void }) {
  const cm = (twips: number): string => String(twipsToCm(twips)).replace('.', document.documentElement.lang === 'en' ? '.' : ',');
  const [paper, setPaper] = useState<string>(setup.paper ?? '');
  const [orientation, setOrientation] = useState(setup.orientation);
  const [margins, setMargins] = useState({ top: cm(setup.margins.top), bottom: cm(setup.margins.bottom), left: cm(setup.margins.left), right: cm(setup.margins.right) });
  const [invalid, setInvalid] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const out: Record<string, number> = {};
    for (const [key, text] of Object.entries(margins)) {
      const n = parseDecimal(text);
      const twips = n === null || Number.isNaN(n) || n < 0 ? null : cmToTwips(n);
      if (twips === null) {
        setInvalid(key);
        return;
      }
      out[key] = twips;
    }
    onSubmit({ paper: paper === '' ? null : (paper as PaperName), orientation, margins: out as unknown as PageSetup['margins'] });
  };
  const margin = (key: keyof typeof margins, label: string) => (
    <Field label={label} hint={invalid === key ? labels.invalidNumber : undefined}>
      <input className="ui-input" inputMode="decimal" value={margins[key]} aria-invalid={invalid === key || undefined} onChange={(e) => { setMargins({ ...margins, [key]: e.target.value }); setInvalid(null); }} />
    </Field>
  );
  return (
    <Dialog
      title={labels.pageSetup}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-page-form">
            {labels.ok}
          </Button>
        </>
      }
    >
      <form id="writer-page-form" className="writer-dialog__grid" onSubmit={submit} noValidate>
        <Field label={labels.paper}>
          <select className="ui-select" value={paper} onChange={(e) => setPaper(e.target.value)}>
            {PAPER_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            {setup.paper === null && <option value="">{labels.paperOther}</option>}
          </select>
        </Field>
        <fieldset className="writer-dialog__choice">
          <legend>{labels.orientation}</legend>
          {(['portrait', 'landscape'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="orientation" checked={orientation === o} onChange={() => setOrientation(o)} /> {labels[o]}
            </label>
          ))}
        </fieldset>
        {margin('top', labels.marginTop)}
        {margin('bottom', labels.marginBottom)}
        {margin('left', labels.marginLeft)}
        {margin('right', labels.marginRight)}
      </form>
    </Dialog>
  );
}

export function NoteDialog({ labels, title, onSubmit, onClose }: { labels: WriterMoreLabels; title: string; onSubmit: (text: string) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  return (
    <Dialog
      title={title}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{labels.cancel}</Button>
          <Button variant="primary" disabled={text.trim() === ''} onClick={() => onSubmit(text)}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <Field label={labels.noteText}>
        <textarea className="ui-input writer-dialog__note" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
    </Dialog>
  );
}
