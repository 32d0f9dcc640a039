/**
 * Choosing where an export goes (a slides PDF, PNG or zip): the in-app file dialog in export
 * mode, listing folders and files of that extension. `choose()` resolves with the path (the
 * extension added when missing), or null when the user cancels.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import type { Translator } from '../i18n/translator.js';
import { FileBrowserDialog } from './FileBrowserDialog.js';

export function useExportPicker(host: HostServices, translator: Translator): { choose: (extension: string, name: string) => Promise<string | null>; dialog: ReactNode } {
  const [request, setRequest] = useState<{ extension: string; name: string } | null>(null);
  const pending = useRef<((path: string | null) => void) | null>(null);
  const settle = (path: string | null) => {
    const p = pending.current;
    pending.current = null;
    setRequest(null);
    p?.(path);
  };
  const choose = (extension: string, name: string) =>
    new Promise<string | null>((resolve) => {
      pending.current?.(null);
      pending.current = resolve;
      setRequest({ extension, name });
    });
  const dialog = request ? (
    <FileBrowserDialog request={{ mode: 'export', extension: request.extension, name: request.name }} host={host} translator={translator} onCancel={() => settle(null)} onConfirm={(path) => settle(path)} />
  ) : null;
  return { choose, dialog };
}
