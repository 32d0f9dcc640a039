/**
 * Text edited in place on the canvas: a contentEditable laid exactly over the shape, filled with
 * the same HTML the slide is drawn with. Every input is read back into paragraphs and runs and
 * handed to the editor (one undo step per editing session). Tab / Shift+Tab change the level,
 * Ctrl+B/I/U toggle bold, italic, underline, Escape leaves the text (the shape stays selected).
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Ref } from 'react';
import type { Deck, GeometryShape, Slide, TextBody, Transform } from '@ostal/model';
import { textBodyFromDom, textBodyHtml } from './rich-text-html.js';
import { boxStyle } from './slide-shape-style.js';
import { formatDomParagraphs, formatDomSelection, refreshParagraphs } from './text-format.js';
import type { CharFormat, ParagraphFormat } from './text-format.js';
import { fitBox, shrinks, textBoxStyle, textTurn } from './SlideView.js';
import { atStep, rememberedFit } from './autofit-steps.js';

/** What the format toolbar can do to the text being edited. */
export interface InPlaceTextHandle {
  char(f: CharFormat): void;
  paragraph(f: ParagraphFormat): void;
  /** Current toggles at the caret. */
  state(): { bold: boolean; italic: boolean; underline: boolean };
}

export interface InPlaceTextProps {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly shape: GeometryShape;
  readonly frame: Transform;
  readonly label: string;
  readonly onChange: (text: TextBody) => void;
  readonly onDone: () => void;
  /** Caret and toggles moved (the toolbar redraws its pressed states). */
  readonly onSelectionChange?: () => void;
  readonly ref?: Ref<InPlaceTextHandle>;
}

export function InPlaceText({ deck, slide, shape, frame, label, onChange, onDone, onSelectionChange, ref }: InPlaceTextProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<Range | null>(null);
  const ctx = { deck, slide, shape };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const previous = useRef(shape.text);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onSelRef = useRef(onSelectionChange);
  onSelRef.current = onSelectionChange;

  const emit = () => {
    const root = rootRef.current;
    if (!root) return;
    onChangeRef.current(textBodyFromDom(root, previous.current));
  };

  const restore = () => {
    const root = rootRef.current;
    if (!root) return;
    if (document.activeElement !== root) root.focus();
    const r = rangeRef.current;
    const sel = window.getSelection();
    if (r && sel && root.contains(r.startContainer)) {
      sel.removeAllRanges();
      sel.addRange(r);
    }
  };

  useImperativeHandle(
    ref,
    () => ({
      char: (f) => {
        restore();
        formatDomSelection(rootRef.current!, f, ctxRef.current);
        emit();
      },
      paragraph: (f) => {
        restore();
        formatDomParagraphs(rootRef.current!, f, ctxRef.current);
        emit();
      },
      state: () => ({ bold: document.queryCommandState('bold'), italic: document.queryCommandState('italic'), underline: document.queryCommandState('underline') }),
    }),
    [],
  );

  // Filled once: from then on the DOM is the truth and React leaves it alone.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Text that shrinks starts at the size the canvas drew it (the scale measured for it in this box).
    const fit = shape.text && shrinks(shape, deck, slide) ? rememberedFit(shape.text, fitBox(frame)) : undefined;
    root.innerHTML = textBodyHtml(shape.text && fit ? atStep(shape.text, fit) : shape.text, ctxRef.current);
    root.focus();
    const sel = window.getSelection();
    if (sel) {
      const r = document.createRange();
      r.selectNodeContents(root);
      r.collapse(false);
      sel.removeAllRanges();
      sel.addRange(r);
    }
    document.execCommand('styleWithCSS', false, 'true');
  }, []);

  /** Keeps the selection inside the text, for the toolbar to act on once it has the focus. */
  const saveSelection = (): boolean => {
    const root = rootRef.current;
    const sel = window.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || !root.contains(sel.getRangeAt(0).startContainer)) return false;
    rangeRef.current = sel.getRangeAt(0).cloneRange();
    return true;
  };

  useEffect(() => {
    const onSel = () => {
      if (saveSelection()) onSelRef.current?.();
    };
    document.addEventListener('selectionchange', onSel);
    return () => document.removeEventListener('selectionchange', onSel);
  }, []);

  return (
    <div className="slides-editing" style={boxStyle(frame, deck.size)}>
      <div
        ref={rootRef}
        className="slides-text slides-editing__text"
        style={{ ...textBoxStyle(shape, deck), ...textTurn(frame) }}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        spellCheck
        onInput={() => {
          refreshParagraphs(rootRef.current!, ctxRef.current);
          emit();
        }}
        // 'selectionchange' comes later than the keys and clicks that move the selection: a
        // toolbar taking the focus right after Shift+End must still act on what is highlighted.
        onKeyUp={saveSelection}
        onMouseUp={saveSelection}
        onKeyDown={(event) => {
          event.stopPropagation();
          const mod = event.ctrlKey || event.metaKey;
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          } else if (event.key === 'Tab') {
            event.preventDefault();
            formatDomParagraphs(rootRef.current!, { kind: 'level', delta: event.shiftKey ? -1 : 1 }, ctxRef.current);
            emit();
          } else if (mod && !event.altKey && ['b', 'i', 'u'].includes(event.key.toLowerCase())) {
            event.preventDefault();
            const kind = ({ b: 'bold', i: 'italic', u: 'underline' } as const)[event.key.toLowerCase() as 'b' | 'i' | 'u'];
            formatDomSelection(rootRef.current!, { kind, on: !document.queryCommandState(kind) }, ctxRef.current);
            emit();
            onSelRef.current?.();
          } else if (mod && (event.key.toLowerCase() === 'z' || event.key.toLowerCase() === 'y')) {
            // Undo inside the text is the browser's; the editor's history takes over once the text is left.
            event.stopPropagation();
          }
        }}
        onBlur={(event) => {
          saveSelection();
          const next = event.relatedTarget as HTMLElement | null;
          // Toolbar controls that keep the text open (font and size lists, colour) say so.
          if (next?.closest('[data-keeps-text-editing]')) return;
          onDone();
        }}
        onPaste={(event) => {
          // Pasted text comes in plain: formatting from elsewhere would not map to runs.
          event.preventDefault();
          const text = event.clipboardData.getData('text/plain');
          document.execCommand('insertText', false, text);
        }}
      />
    </div>
  );
}
