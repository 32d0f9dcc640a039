/**
 * Choosing a picture to insert in a document: the in-app file dialog listing pictures, then the
 * host's `files.read` (the same service documents are opened with; no remote address, no native
 * dialog). `pick()` resolves with the file, or null when the user cancels.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import type { Translator } from '../i18n/translator.js';
import { FileBrowserDialog } from './FileBrowserDialog.js';

/** Extensions the picture dialog lists (the writer checks the bytes themselves). */
const PICTURE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'jpe', 'gif', 'bmp', 'webp'];

export function isPictureName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && PICTURE_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
}

export interface PickedPicture {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function usePicturePicker(host: HostServices, translator: Translator): { pick: () => Promise<PickedPicture | null>; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  const pending = useRef<{ resolve: (p: PickedPicture | null) => void; reject: (e: unknown) => void } | null>(null);
  const settle = (value: PickedPicture | null | Error) => {
    const p = pending.current;
    pending.current = null;
    setOpen(false);
    if (!p) return;
    if (value instanceof Error) p.reject(value);
    else p.resolve(value);
  };
  const pick = () =>
    new Promise<PickedPicture | null>((resolve, reject) => {
      pending.current?.resolve(null);
      pending.current = { resolve, reject };
      setOpen(true);
    });
  const dialog = open ? (
    <FileBrowserDialog
      request={{ mode: 'open', pictures: true }}
      host={host}
      translator={translator}
      onCancel={() => settle(null)}
      onConfirm={(path) => {
        host.files.read(path).then(
          (file) => settle({ name: file.name, bytes: file.bytes }),
          (e: unknown) => settle(e instanceof Error ? e : new Error(String(e))),
        );
      }}
    />
  ) : null;
  return { pick, dialog };
}
