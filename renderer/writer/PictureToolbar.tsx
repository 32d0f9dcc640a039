/**
 * The picture's contextual toolbar, shown while a picture is selected (Word's "Format de
 * l'image"): alternative text, size, wrapping. Every action also has a keyboard path: arrow
 * keys select a picture in the text, Tab reaches this toolbar.
 */
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { Button, Toolbar } from '../ui/index.js';
import { PICTURE_WRAPS, pictureWrapOf, setPictureWrap } from './picture-commands.js';
import type { PictureWrap } from './picture-commands.js';
import type { PictureLabels } from './picture-labels.js';

export interface PictureToolbarProps {
  readonly labels: PictureLabels;
  readonly picture: { readonly pos: number; readonly node: PMNode };
  readonly run: (command: Command) => void;
  readonly onAltText: () => void;
  readonly onSize: () => void;
}

const keepFocus = (e: { preventDefault: () => void }): void => e.preventDefault();

export function PictureToolbar({ labels, picture, run, onAltText, onSize }: PictureToolbarProps) {
  return (
    <Toolbar label={labels.toolbar} className="writer-toolbar writer-picture-toolbar">
      <span className="writer-picture-toolbar__title" aria-hidden="true">
        {labels.toolbar}
      </span>
      <Button variant="quiet" onMouseDown={keepFocus} onClick={onAltText}>
        {labels.altText}…
      </Button>
      <Button variant="quiet" onMouseDown={keepFocus} onClick={onSize}>
        {labels.size}…
      </Button>
      <label className="writer-picture-toolbar__wrap">
        <span>{labels.wrap}</span>
        <select className="ui-select" value={pictureWrapOf(picture.node)} onChange={(e) => run(setPictureWrap(picture.pos, e.target.value as PictureWrap))}>
          {PICTURE_WRAPS.map((w) => (
            <option key={w} value={w}>
              {labels.wraps[w]}
            </option>
          ))}
        </select>
      </label>
    </Toolbar>
  );
}
