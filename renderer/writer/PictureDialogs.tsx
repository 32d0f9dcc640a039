/** Dialogs of a selected picture: "Texte de remplacement" and "Taille de l'image" (cm, proportions kept or not). */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Dialog, Field } from '../ui/index.js';
import { parseDecimal } from './paragraph-format.js';
import type { PictureLabels } from './picture-labels.js';
import type { WriterMoreLabels } from './writer-more-labels.js';

/** EMU in one centimetre. */
export const EMU_PER_CM = 360000;

/** A length in EMU as centimetres for a field: two decimals at most, comma in French. */
export function emuToCmText(emu: number): string {
  const cm = String(Math.round((emu / EMU_PER_CM) * 100) / 100);
  return document.documentElement.lang === 'en' ? cm : cm.replace('.', ',');
}

export function PictureAltDialog({ labels, more, alt, title, onSubmit, onClose }: { labels: PictureLabels; more: WriterMoreLabels; alt: string; title: string; onSubmit: (alt: string, title: string) => void; onClose: () => void }) {
  const [description, setDescription] = useState(alt);
  const [name, setName] = useState(title);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(description, name);
  };
  return (
    <Dialog
      title={labels.altText}
      onCancel={onClose}
      initialFocus="textarea[name=alt]"
      footer={
        <>
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-picture-alt-form">
            {more.ok}
          </Button>
        </>
      }
    >
      <form id="writer-picture-alt-form" onSubmit={submit} noValidate>
        <Field label={labels.altDescription} hint={labels.altHint}>
          <textarea className="ui-input writer-dialog__textarea" name="alt" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label={labels.altTitle}>
          <input className="ui-input" name="title" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

export interface PictureSizeDialogProps {
  readonly labels: PictureLabels;
  readonly more: WriterMoreLabels;
  /** Current size, EMU. */
  readonly width: number;
  readonly height: number;
  /** Size of the picture's pixels at 96 per inch, EMU, when known (for "Taille d'origine"). */
  readonly natural: { readonly width: number; readonly height: number } | null;
  readonly onSubmit: (width: number, height: number) => void;
  readonly onClose: () => void;
}

export function PictureSizeDialog({ labels, more, width, height, natural, onSubmit, onClose }: PictureSizeDialogProps) {
  const [w, setW] = useState(emuToCmText(width));
  const [h, setH] = useState(emuToCmText(height));
  const [keep, setKeep] = useState(true);
  const [invalid, setInvalid] = useState<'w' | 'h' | null>(null);
  // The proportions kept: the picture's, those of its original size once restored, or of the fields when the box is ticked again.
  const [ratio, setRatio] = useState(width / height);
  const valid = (text: string): number | null => {
    const n = parseDecimal(text);
    return n !== null && Number.isFinite(n) && n >= 0.1 && n <= 200 ? n : null;
  };
  const onWidth = (text: string) => {
    setW(text);
    setInvalid(null);
    const n = valid(text);
    if (keep && n !== null) setH(emuToCmText((n * EMU_PER_CM) / ratio));
  };
  const onHeight = (text: string) => {
    setH(text);
    setInvalid(null);
    const n = valid(text);
    if (keep && n !== null) setW(emuToCmText(n * EMU_PER_CM * ratio));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cw = valid(w);
    const ch = valid(h);
    if (cw === null) setInvalid('w');
    else if (ch === null) setInvalid('h');
    else onSubmit(Math.round(cw * EMU_PER_CM), Math.round(ch * EMU_PER_CM));
  };
  return (
    <Dialog
      title={labels.size}
      size="small"
      onCancel={onClose}
      initialFocus="input[name=width]"
      footer={
        <>
          {natural && (
            <Button
              onClick={() => {
                setW(emuToCmText(natural.width));
                setH(emuToCmText(natural.height));
                setRatio(natural.width / natural.height);
                setInvalid(null);
              }}
            >
              {labels.resetSize}
            </Button>
          )}
          <Button onClick={onClose}>{more.cancel}</Button>
          <Button variant="primary" type="submit" form="writer-picture-size-form">
            {more.ok}
          </Button>
        </>
      }
    >
      <form id="writer-picture-size-form" className="writer-dialog__grid" onSubmit={submit} noValidate>
        <Field label={labels.width} hint={invalid === 'w' ? more.invalidNumber : undefined}>
          <input className="ui-input" inputMode="decimal" name="width" value={w} aria-invalid={invalid === 'w' || undefined} onChange={(e) => onWidth(e.target.value)} />
        </Field>
        <Field label={labels.height} hint={invalid === 'h' ? more.invalidNumber : undefined}>
          <input className="ui-input" inputMode="decimal" name="height" value={h} aria-invalid={invalid === 'h' || undefined} onChange={(e) => onHeight(e.target.value)} />
        </Field>
        <label className="writer-dialog__check">
          <input
            type="checkbox"
            checked={keep}
            onChange={(e) => {
              setKeep(e.target.checked);
              const cw = valid(w);
              const ch = valid(h);
              if (e.target.checked && cw !== null && ch !== null) setRatio(cw / ch);
            }}
          /> {labels.keepRatio}
        </label>
      </form>
    </Dialog>
  );
}
