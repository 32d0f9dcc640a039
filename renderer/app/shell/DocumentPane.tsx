/** One document tab's content: the file toolbar (save, save as, close) and the module editor. */
import { Suspense } from 'react';
import type { Ref } from 'react';
import { Button, ErrorBoundary, Icon, Notice, Toolbar } from '../../ui/index.js';
import { noticeLabels } from './notice-labels.js';
import type { OpenDocument } from '../documents/open-document.js';
import type { Translator } from '../i18n/translator.js';
import { INTL_LOCALE } from '../i18n/translator.js';
import { SheetsEditor, SlidesEditor, WriterEditor } from '../modules.js';
import type { PdfExporter, SheetsHandle, SlidesExportHost, SlidesHandle, WriterHandle } from '../modules.js';
import { sheetsLabels, slidesLabels, writerLabels } from './module-labels.js';
import type { EditorHandle } from './editor-handle.js';

export interface DocumentPaneProps {
  readonly doc: OpenDocument;
  readonly active: boolean;
  readonly busy: boolean;
  readonly translator: Translator;
  readonly gridLicenseKey: string;
  readonly calcLicenseKey: string;
  readonly handleRef: Ref<EditorHandle>;
  readonly onDirty: (dirty: boolean) => void;
  readonly onSave: () => void;
  readonly onSaveAs: () => void;
  readonly onClose: () => void;
  /** Opens a link of the document outside the app, after the user confirmed (host `links.open`). */
  readonly onOpenLink?: (url: string) => Promise<boolean>;
  /** Lets the user choose a picture to insert (Insertion > Image). */
  readonly onPickPicture?: () => Promise<{ readonly name: string; readonly bytes: Uint8Array } | null>;
  /** The user's name (settings), author of comments and tracked changes. */
  readonly author?: string;
  /** Where a deck's exports (PDF, PNG) go, through the host. */
  readonly slidesExport?: SlidesExportHost;
  /** The personal spelling dictionary's words, and how to add one (absent when policy locks it). */
  readonly personalWords?: readonly string[];
  readonly onAddToDictionary?: (word: string) => void;
  /** "Exporter en PDF" of a text document: prints its print layout through the host and saves it. */
  readonly onExportPdf?: PdfExporter;
}

export function DocumentPane({ doc, active, busy, translator, gridLicenseKey, calcLicenseKey, handleRef, onDirty, onSave, onSaveAs, onClose, onOpenLink, onPickPicture, author, slidesExport, personalWords, onAddToDictionary, onExportPdf }: DocumentPaneProps) {
  const { t } = translator;
  const initial = doc.initial;
  return (
    <div className="doc-pane">
      <Toolbar label={t('toolbar.file')} className="doc-pane__file">
        <Button variant="quiet" shortcut="Control+S" title={`${t('action.save')} (Ctrl+S)`} disabled={busy} onClick={onSave}>
          <Icon name="save" size={16} /> {t('action.save')}
        </Button>
        <Button variant="quiet" shortcut="Control+Shift+S" title={`${t('action.saveAs')} (Ctrl+Maj+S)`} disabled={busy} onClick={onSaveAs}>
          {t('action.saveAs')}
        </Button>
        <Button variant="quiet" shortcut="Control+W" title={`${t('action.close')} (Ctrl+W)`} onClick={onClose}>
          {t('action.close')}
        </Button>
        <span className="doc-pane__where" title={doc.path ?? undefined}>
          {doc.path ? t(doc.readOnly ? 'status.readOnly' : 'status.path', { path: doc.path }) : t('status.notSaved')}
        </span>
      </Toolbar>
      <div className="doc-pane__editor">
        {doc.loading === true && !doc.whole && initial.kind === 'workbook' ? (
          <p className="doc-pane__reading" role="status">
            {t('status.readingRest')}
          </p>
        ) : null}
        <ErrorBoundary
          fallback={(error) => (
            <Notice tone="error" message={t('error.display', { name: doc.title, reason: error.message })} labels={noticeLabels(translator)} />
          )}
        >
        {/* Each module's code loads with the first document of its kind (modules.ts). */}
        <Suspense
          fallback={
            <p className="doc-pane__reading" role="status">
              {t('status.loadingModule')}
            </p>
          }
        >
        {initial.kind === 'text' ? (
          <WriterEditor
            document={initial}
            {...(doc.loading === true ? { loading: true } : {})}
            {...(doc.whole?.kind === 'text' ? { whole: doc.whole } : {})}
            labels={writerLabels(translator)}
            onDirtyChange={onDirty}
            active={active}
            {...(onOpenLink ? { onOpenLink } : {})}
            {...(onPickPicture ? { onPickPicture } : {})}
            {...(author !== undefined ? { author } : {})}
            fileName={doc.path ? (doc.path.split(/[\\/]/).pop() ?? doc.title) : doc.title}
            {...(personalWords ? { personalWords } : {})}
            {...(onAddToDictionary ? { onAddToDictionary } : {})}
            {...(onExportPdf ? { onExportPdf } : {})}
            ref={handleRef as Ref<WriterHandle>}
          />
        ) : initial.kind === 'workbook' ? (
          // A large workbook's first rows show read-only while the rest is read; the whole one replaces them.
          <SheetsEditor
            key={doc.whole ? 'whole' : 'first'}
            document={doc.whole?.kind === 'workbook' ? doc.whole : initial}
            {...(doc.loading === true && !doc.whole ? { preview: true } : {})}
            labels={sheetsLabels(translator)}
            licenseKey={gridLicenseKey}
            calcLicenseKey={calcLicenseKey}
            locale={INTL_LOCALE[translator.locale]}
            onDirtyChange={onDirty}
            active={active}
            {...(onPickPicture ? { onPickPicture } : {})}
            {...(author !== undefined ? { author } : {})}
            ref={handleRef as Ref<SheetsHandle>}
          />
        ) : (
          <SlidesEditor
            document={initial}
            labels={slidesLabels(translator)}
            onDirtyChange={onDirty}
            active={active}
            {...(slidesExport ? { exportHost: slidesExport } : {})}
            {...(author !== undefined ? { author } : {})}
            {...(doc.loading === true ? { loading: true } : {})}
            {...(doc.whole?.kind === 'deck' ? { whole: doc.whole } : {})}
            ref={handleRef as Ref<SlidesHandle>}
          />
        )}
        </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
