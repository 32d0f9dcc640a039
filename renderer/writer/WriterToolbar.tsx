/**
 * The writer's ribbon: tabs Accueil / Insertion / Mise en page / Révision / Affichage (arrow keys
 * move between tabs), each a named toolbar; undo and redo stay visible beside the tabs, as in
 * Word's quick access bar. Reflects the state at the selection.
 */
import { memo, useId, useState, useSyncExternalStore } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { redo, undo } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { Button, Toolbar, ToolbarSeparator } from '../ui/index.js';
import { BLOCK_STYLES, setBlockStyle, toggleList, toggleTextMark } from './commands.js';
import type { BlockStyle } from './commands.js';
import { FormatToolbar } from './FormatToolbar.js';
import { StylePickers } from './StylePickers.js';
import { TableToolbar } from './TableToolbar.js';
import { insertPageBreak } from './table-commands.js';
import { listLevelDown, listLevelUp, restartNumbering } from './list-commands.js';
import { insertTableOfContents, updateTablesOfContents } from './toc-commands.js';
import { WriterIcon } from './writer-icons.js';
import type { WriterIconName } from './writer-icons.js';
import type { WriterLabels } from './writer-labels.js';
import type { RibbonTab } from './writer-more-labels.js';
import { ReviewTools } from './ReviewTools.js';
import type { RibbonState, RibbonStore } from './ribbon-state.js';
import type { ReviewActions } from './ReviewTools.js';

/** What the ribbon asks of the editor beyond commands: dialogs, panes, zoom, the painter. */
export interface RibbonActions {
  readonly painterActive: boolean;
  readonly onPainter: () => void;
  readonly onFind: (replace: boolean) => void;
  readonly onLink: () => void;
  readonly onBookmark: () => void;
  readonly onStats: () => void;
  readonly onParagraph: () => void;
  readonly onPageSetup: () => void;
  /** Mise en page ▸ Notes…: footnote and endnote settings. */
  readonly onNoteSettings: () => void;
  readonly onFootnote: () => void;
  /** Inserts an endnote (Ctrl+Alt+D). */
  readonly onEndnote: () => void;
  /** Insertion ▸ Champ…, editing the selected field, updating every field (F9). */
  readonly onInsertField: () => void;
  readonly onEditField: () => void;
  readonly onUpdateFields: () => void;
  /** Edits the selected footnote or endnote. */
  readonly onEditNote?: () => void;
  /** Inserts a picture from a file (absent when the app offers no file access). */
  readonly onPicture?: () => void;
  /** Insertion > Graphique: a new chart from a table of values. */
  readonly onChart?: () => void;
  /** Edits the header or footer in place (Insertion > En-tête / Pied de page). */
  readonly onHeaderFooter?: (kind: 'header' | 'footer') => void;
  /** Comments and tracked changes (Révision). */
  readonly review?: ReviewActions;
  readonly navigationOpen: boolean;
  readonly onNavigation: () => void;
  readonly zoom: number;
  readonly onZoom: (zoom: number) => void;
  /** Affichage: Page (sheets of paper) or Brouillon (one continuous column). */
  readonly viewMode: 'page' | 'draft';
  readonly onViewMode: (mode: 'page' | 'draft') => void;
  /** The style editor: modify the style at the cursor, or name a new one after the selection. */
  readonly onModifyStyle?: () => void;
  readonly onNewStyle?: () => void;
  /** The character style dialog on the style at the cursor. */
  readonly onModifyCharStyle?: () => void;
  /** Prints the laid-out pages (print.ts). */
  readonly onPrint: () => void;
  /** Exports the page as PDF (absent when the app offers no export). */
  readonly onExportPdf?: () => void;
}

export interface WriterToolbarProps {
  /** The editor state the ribbon follows (ribbon-state.ts). */
  readonly store: RibbonStore;
  readonly labels: WriterLabels;
  /** Runs a command on the view and gives the focus back to the text. */
  readonly run: (command: Command) => void;
  readonly actions: RibbonActions;
}

const TABS: readonly RibbonTab[] = ['home', 'insert', 'layout', 'review', 'view'];

/** Zoom steps offered, in percent. */
export const ZOOM_STEPS: readonly number[] = [50, 75, 90, 100, 110, 125, 150, 175, 200];

/** The next zoom step up (`dir` 1) or down (-1) from `zoom`, within the offered steps. */
export function stepZoom(zoom: number, dir: 1 | -1): number {
  if (dir === 1) return ZOOM_STEPS.find((z) => z > zoom) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom) ?? ZOOM_STEPS[0]!;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

/** A ribbon button: icon, accessible name, tooltip with its shortcut. */
function RibbonButton({ icon, label, shortcut, keys, pressed, disabled, onClick, text }: { icon?: WriterIconName; label: string; shortcut?: string; keys?: string; pressed?: boolean; disabled?: boolean; onClick: () => void; text?: ReactNode }) {
  return (
    <Button
      variant="quiet"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      shortcut={keys}
      pressed={pressed}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {icon ? <WriterIcon name={icon} /> : null}
      {text}
    </Button>
  );
}

/** Shortcuts shown in the gallery's tooltips. */
const GALLERY_KEYS: Partial<Record<BlockStyle, string>> = { paragraph: 'Ctrl+Maj+N', heading1: 'Ctrl+Alt+1', heading2: 'Ctrl+Alt+2', heading3: 'Ctrl+Alt+3' };

/** Preview styles of the gallery's entries. */
const GALLERY_CLASS: Readonly<Record<BlockStyle, string>> = {
  paragraph: 'writer-gallery__item--normal',
  heading1: 'writer-gallery__item--h1',
  heading2: 'writer-gallery__item--h2',
  heading3: 'writer-gallery__item--h3',
  heading4: 'writer-gallery__item--h4',
  heading5: 'writer-gallery__item--h5',
  heading6: 'writer-gallery__item--h6',
  quote: 'writer-gallery__item--quote',
};

/** What a tab's panel is given: the ribbon's state beside the toolbar's props. */
interface TabProps extends WriterToolbarProps {
  readonly ribbon: RibbonState;
}

function HomeTab({ ribbon, store, labels, run, actions }: TabProps) {
  const style = ribbon.blockStyle;
  const list = ribbon.list;
  const more = labels.more;
  return (
    <>
      <StylePickers ribbon={ribbon} store={store} labels={labels} run={run} />
      <div role="group" aria-label={more.styleGallery} className="writer-gallery">
        {BLOCK_STYLES.map((s) => (
          <Button key={s} variant="quiet" className={`writer-gallery__item ${GALLERY_CLASS[s]}`} pressed={style === s} title={GALLERY_KEYS[s] ? `${labels.styles[s]} (${GALLERY_KEYS[s]})` : labels.styles[s]} onMouseDown={keepFocus} onClick={() => run(setBlockStyle(s))}>
            {labels.styles[s]}
          </Button>
        ))}
      </div>
      {actions.onModifyStyle ? (
        <Button variant="quiet" onMouseDown={keepFocus} onClick={actions.onModifyStyle}>
          {labels.styleEditor.modify}
        </Button>
      ) : null}
      {actions.onNewStyle ? (
        <Button variant="quiet" onMouseDown={keepFocus} onClick={actions.onNewStyle}>
          {labels.styleEditor.create}
        </Button>
      ) : null}
      {actions.onModifyCharStyle ? (
        <Button variant="quiet" disabled={ribbon.charStyle === null} onMouseDown={keepFocus} onClick={actions.onModifyCharStyle}>
          {labels.charStyles.modify}
        </Button>
      ) : null}
      <ToolbarSeparator />
      <Button variant="quiet" pressed={ribbon.bold} aria-label={labels.bold} title={`${labels.bold} (Ctrl+B)`} shortcut="Control+B" onMouseDown={keepFocus} onClick={() => run(toggleTextMark('bold'))}>
        <strong aria-hidden="true">{labels.glyphs.bold}</strong>
      </Button>
      <Button variant="quiet" pressed={ribbon.italic} aria-label={labels.italic} title={`${labels.italic} (Ctrl+I)`} shortcut="Control+I" onMouseDown={keepFocus} onClick={() => run(toggleTextMark('italic'))}>
        <em aria-hidden="true">{labels.glyphs.italic}</em>
      </Button>
      <Button variant="quiet" pressed={ribbon.underline} aria-label={labels.underline} title={`${labels.underline} (Ctrl+U)`} shortcut="Control+U" onMouseDown={keepFocus} onClick={() => run(toggleTextMark('underline'))}>
        <u aria-hidden="true">{labels.glyphs.underline}</u>
      </Button>
      <FormatToolbar ribbon={ribbon} labels={labels} run={run} />
      <RibbonButton icon="painter" label={more.formatPainter} pressed={actions.painterActive} onClick={actions.onPainter} />
      <ToolbarSeparator />
      <RibbonButton icon="bulletList" label={labels.bulletList} pressed={list === 'bullet'} onClick={() => run(toggleList('bullet'))} />
      <RibbonButton icon="orderedList" label={labels.orderedList} pressed={list === 'ordered'} onClick={() => run(toggleList('ordered'))} />
      <RibbonButton icon="outdent" label={more.listLevelUp} shortcut="Maj+Tab" disabled={!ribbon.canLevelUp} onClick={() => run(listLevelUp)} />
      <RibbonButton icon="indent" label={more.listLevelDown} shortcut="Tab" disabled={!ribbon.canLevelDown} onClick={() => run(listLevelDown)} />
      <RibbonButton icon="restart" label={more.restartNumbering} disabled={!ribbon.canRestartNumbering} onClick={() => run(restartNumbering)} />
      <ToolbarSeparator />
      <RibbonButton icon="find" label={more.find} shortcut="Ctrl+F" keys="Control+F" onClick={() => actions.onFind(false)} />
      <RibbonButton icon="replace" label={more.replace} shortcut="Ctrl+H" keys="Control+H" onClick={() => actions.onFind(true)} />
    </>
  );
}

function InsertTab({ ribbon, labels, run, actions }: TabProps) {
  const more = labels.more;
  return (
    <>
      <TableToolbar ribbon={ribbon} labels={labels} run={run} />
      <ToolbarSeparator />
      {actions.onPicture && <RibbonButton icon="picture" label={labels.pictures.insert} onClick={actions.onPicture} text={<span className="writer-ribbon__text">{labels.pictures.insert}</span>} />}
      {actions.onChart && <RibbonButton icon="chart" label={labels.charts.insertTitle} onClick={actions.onChart} text={<span className="writer-ribbon__text">{labels.charts.insert}</span>} />}
      <RibbonButton icon="pageBreak" label={labels.pageBreak} shortcut="Ctrl+Entrée" keys="Control+Enter" disabled={!ribbon.canPageBreak} onClick={() => run(insertPageBreak)} />
      <RibbonButton icon="link" label={more.link} shortcut="Ctrl+K" keys="Control+K" pressed={ribbon.inLink} onClick={actions.onLink} />
      <RibbonButton icon="bookmark" label={more.bookmark} onClick={actions.onBookmark} />
      <ToolbarSeparator />
      {actions.onHeaderFooter && (
        <>
          <RibbonButton icon="pageSetup" label={labels.headerFooter.header} onClick={() => actions.onHeaderFooter?.('header')} text={<span className="writer-ribbon__text">{labels.headerFooter.header}</span>} />
          <RibbonButton icon="pageSetup" label={labels.headerFooter.footer} onClick={() => actions.onHeaderFooter?.('footer')} text={<span className="writer-ribbon__text">{labels.headerFooter.footer}</span>} />
        </>
      )}
      <RibbonButton icon="footnote" label={more.insertFootnote} onClick={actions.onFootnote} />
      <RibbonButton icon="footnote" label={labels.fields.insertEndnote} shortcut="Ctrl+Alt+D" keys="Control+Alt+D" onClick={actions.onEndnote} text={<span className="writer-ribbon__text">{labels.fields.insertEndnote}</span>} />
      {actions.onEditNote && <RibbonButton icon="footnote" label={more.editNote} disabled={!ribbon.noteSelected} onClick={actions.onEditNote} text={<span className="writer-ribbon__text">{more.editNote}</span>} />}
      <RibbonButton icon="toc" label={more.insertToc} disabled={!ribbon.canInsertToc} onClick={() => run(insertTableOfContents())} />
      <RibbonButton icon="restart" label={more.updateToc} disabled={!ribbon.canUpdateToc} onClick={() => run(updateTablesOfContents)} />
      <ToolbarSeparator />
      <RibbonButton icon="field" label={labels.fields.insert} onClick={actions.onInsertField} text={<span className="writer-ribbon__text">{labels.fields.insert}</span>} />
      <RibbonButton icon="field" label={labels.fields.edit} disabled={!ribbon.fieldSelected} onClick={actions.onEditField} />
      <RibbonButton icon="restart" label={labels.fields.update} shortcut="F9" keys="F9" onClick={actions.onUpdateFields} text={<span className="writer-ribbon__text">{labels.fields.update}</span>} />
    </>
  );
}

function LayoutTab({ labels, actions }: TabProps) {
  return (
    <>
      <RibbonButton icon="pageSetup" label={labels.more.pageSetup} onClick={actions.onPageSetup} text={<span className="writer-ribbon__text">{labels.more.pageSetup}</span>} />
      <RibbonButton icon="paragraph" label={labels.more.paragraph} onClick={actions.onParagraph} text={<span className="writer-ribbon__text">{labels.more.paragraph}</span>} />
      <RibbonButton icon="footnote" label={labels.fields.noteSettings.title} onClick={actions.onNoteSettings} text={<span className="writer-ribbon__text">{labels.fields.noteSettings.open}</span>} />
    </>
  );
}

function ReviewTab({ ribbon, labels, run, actions }: TabProps) {
  return (
    <>
      {actions.review && <ReviewTools ribbon={ribbon} labels={labels.review} run={run} actions={actions.review} />}
      <RibbonButton icon="stats" label={labels.more.stats} onClick={actions.onStats} text={<span className="writer-ribbon__text">{labels.more.stats}</span>} />
    </>
  );
}

function ViewTab({ labels, actions }: TabProps) {
  const more = labels.more;
  const zoomOptions = ZOOM_STEPS.includes(actions.zoom) ? ZOOM_STEPS : [...ZOOM_STEPS, actions.zoom].sort((a, b) => a - b);
  return (
    <>
      <div role="group" aria-label={more.viewModes} className="writer-ribbon__group">
        <RibbonButton icon="pageView" label={more.pageView} pressed={actions.viewMode === 'page'} onClick={() => actions.onViewMode('page')} text={<span className="writer-ribbon__text">{more.pageView}</span>} />
        <RibbonButton icon="draftView" label={more.draftView} pressed={actions.viewMode === 'draft'} onClick={() => actions.onViewMode('draft')} text={<span className="writer-ribbon__text">{more.draftView}</span>} />
      </div>
      <ToolbarSeparator />
      <RibbonButton icon="navigation" label={more.navigation} pressed={actions.navigationOpen} onClick={actions.onNavigation} text={<span className="writer-ribbon__text">{more.navigation}</span>} />
      <ToolbarSeparator />
      <RibbonButton icon="zoomOut" label={more.zoomOut} disabled={actions.zoom <= ZOOM_STEPS[0]!} onClick={() => actions.onZoom(stepZoom(actions.zoom, -1))} />
      <select className="ui-select writer-toolbar__zoom" aria-label={more.zoom} title={more.zoom} value={actions.zoom} onChange={(e) => actions.onZoom(Number(e.target.value))}>
        {zoomOptions.map((z) => (
          <option key={z} value={z}>
            {more.percent(z)}
          </option>
        ))}
      </select>
      <RibbonButton icon="zoomIn" label={more.zoomIn} disabled={actions.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!} onClick={() => actions.onZoom(stepZoom(actions.zoom, 1))} />
    </>
  );
}

const PANELS: Readonly<Record<RibbonTab, (props: TabProps) => ReactNode>> = { home: HomeTab, insert: InsertTab, layout: LayoutTab, review: ReviewTab, view: ViewTab };

/**
 * The ribbon re-renders when its props change (the editor keeps them stable) or when what it shows
 * changes, not on every keystroke.
 */
export const WriterToolbar = memo(function WriterToolbar(props: WriterToolbarProps) {
  const { store, labels, run } = props;
  const [tab, setTab] = useState<RibbonTab>('home');
  const ribbon = useSyncExternalStore(store.subscribe, () => store.snapshot(tab));
  const id = useId();
  const tabId = (t: RibbonTab) => `${id}-tab-${t}`;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    const target = TABS[next];
    if (target) {
      event.preventDefault();
      setTab(target);
      document.getElementById(tabId(target))?.focus();
    }
  };
  const Panel = PANELS[tab];
  return (
    <div className="writer-ribbon">
      <div className="writer-ribbon__bar">
        <div role="tablist" aria-label={labels.more.ribbon} className="writer-ribbon__tabs">
          {TABS.map((t, index) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={tabId(t)}
              aria-selected={t === tab}
              aria-controls={`${id}-panel`}
              tabIndex={t === tab ? 0 : -1}
              className="writer-ribbon__tab"
              onClick={() => setTab(t)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {labels.more.tabs[t]}
            </button>
          ))}
        </div>
        <div className="writer-ribbon__quick">
          <RibbonButton icon="undo" label={labels.undo} shortcut="Ctrl+Z" keys="Control+Z" disabled={!ribbon.canUndo} onClick={() => run(undo)} />
          <RibbonButton icon="redo" label={labels.redo} shortcut="Ctrl+Y" keys="Control+Y" disabled={!ribbon.canRedo} onClick={() => run(redo)} />
          <RibbonButton icon="pageSetup" label={labels.print} shortcut="Ctrl+P" keys="Control+P" onClick={props.actions.onPrint} />
          {props.actions.onExportPdf ? <RibbonButton icon="exportPdf" label={labels.exportPdf} onClick={props.actions.onExportPdf} /> : null}
        </div>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(tab)}>
        <Toolbar label={labels.more.tabs[tab]} className="writer-toolbar">
          <Panel {...props} ribbon={ribbon} />
        </Toolbar>
      </div>
    </div>
  );
});
