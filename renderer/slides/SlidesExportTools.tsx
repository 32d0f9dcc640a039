/**
 * The Export toolbar of the slides editor: the deck as PDF (printed by the host, one page per
 * shown slide at the slide's size, text kept as text), the current slide as PNG, every shown
 * slide as PNG in a zip. Progress and the result are announced (status line). Without a printer
 * on the host the PDF is written here from pictures of the slides (`slide-pdf-pictures.ts`).
 */
import { useState } from 'react';
import type { Deck } from '@ostal/model';
import { Button, Toolbar } from '../ui/index.js';
import { deckPngZip, deckPrintHtml, documentCss, slidePng } from './slide-export.js';
import type { SlidesExportHost } from './slide-export.js';
import { deckPicturePdf } from './slide-pdf-pictures.js';
import type { SlidesMoreLabels } from './slides-more-labels.js';

export interface SlidesExportToolsProps {
  readonly deck: Deck;
  readonly index: number;
  readonly host: SlidesExportHost;
  readonly labels: SlidesMoreLabels;
}

type ExportKind = 'pdf' | 'png' | 'zip';

export function SlidesExportTools({ deck, index, host, labels }: SlidesExportToolsProps) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (kind: ExportKind) => {
    const path = await host.chooseFile(kind);
    if (path === null) return;
    setBusy(true);
    setStatus(labels.exporting);
    try {
      const css = documentCss();
      let bytes: Uint8Array;
      let pictures = false;
      if (kind === 'pdf') {
        const title = path.replace(/^.*[\\/]/, '').replace(/\.pdf$/i, '');
        const printed = await host.printPdf(deckPrintHtml(deck, css, title, labels.pageName));
        pictures = printed === null;
        bytes = printed ?? (await deckPicturePdf(deck, css, title, (done, total) => setStatus(labels.exportProgress(done, total))));
      } else if (kind === 'png') {
        const slide = deck.slides[index];
        if (!slide) return;
        bytes = await slidePng(deck, slide, css);
      } else bytes = await deckPngZip(deck, css, labels.pngPrefix, (files) => host.zip(files), (done, total) => setStatus(labels.exportProgress(done, total)));
      await host.save(path, bytes);
      setStatus(pictures ? labels.exportedAsPictures(path) : labels.exported(path));
    } catch (e) {
      setStatus(labels.exportFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Toolbar label={labels.exportToolbar} className="slides-export">
      <Button variant="quiet" disabled={busy} onClick={() => void run('pdf')}>
        {labels.exportPdf}
      </Button>
      <Button variant="quiet" disabled={busy} onClick={() => void run('png')}>
        {labels.exportPng}
      </Button>
      <Button variant="quiet" disabled={busy} onClick={() => void run('zip')}>
        {labels.exportAllPng}
      </Button>
      <span className="slides-export__status" role="status">
        {status}
      </span>
    </Toolbar>
  );
}
