/**
 * How tall the page view draws a header or footer (`HeaderFooterArea.tsx`'s preview on a sheet,
 * `WriterPages.tsx`): its lines laid out off screen in a sheet of the view, with the same
 * classes, at the text width of the sheet. The page view pushes a sheet's body below a header
 * that reaches past the top margin (`sheet-geometry.ts` `bodyMargins`). Inline pictures take
 * their size in their line; anchored ones float and take no room (`story-pictures.ts`).
 */
import type { PMNodeJSON } from '@ostal/model';
import { storyLines } from './header-footer.js';
import type { StoryKind } from './header-footer.js';

/** Heights of stories as drawn, measured once per story, kind and width (until `clear`). */
export class StoryHeights {
  private known = new WeakMap<PMNodeJSON, Map<string, number>>();

  /** `sheets`: where the view draws its sheets (the measuring box goes there, hidden). */
  constructor(private readonly sheets: () => Element | null) {}

  /** Forgets what was measured (fonts loaded: lines may wrap elsewhere). */
  clear(): void {
    this.known = new WeakMap();
  }

  /** The height of `story` drawn as a `kind` zone `width` pixels wide, without the zoom (`scale`); 0 for none. */
  of(kind: StoryKind, story: PMNodeJSON | undefined, width: number, scale: number): number {
    if (!story) return 0;
    const key = `${kind} ${String(Math.round(width))}`;
    const byWidth = this.known.get(story) ?? new Map<string, number>();
    this.known.set(story, byWidth);
    const known = byWidth.get(key);
    if (known !== undefined) return known;
    const lines = storyLines(story);
    const host = this.sheets();
    if (lines.length === 0 || !host) return 0;
    const sheet = document.createElement('div');
    sheet.className = 'writer-sheet';
    sheet.setAttribute('aria-hidden', 'true');
    sheet.style.cssText = `visibility:hidden;top:0;left:0;width:${String(width)}px;height:auto;`;
    const zone = document.createElement('div');
    zone.className = `writer-sheet__story writer-sheet__story--${kind}`;
    zone.style.cssText = `position:relative;width:${String(width)}px;`;
    const area = document.createElement('div');
    area.className = `${kind === 'header' ? 'writer-page__header' : 'writer-page__footer'} writer-page__story`;
    for (const line of lines) {
      const row = document.createElement('div');
      for (const run of line) {
        if (!run.picture) {
          row.append(run.text);
          continue;
        }
        // A box of the picture's size, laid out as the drawn picture is (HeaderFooterArea.tsx).
        const box = document.createElement('span');
        box.className = 'writer-story__picture';
        box.style.cssText = `width:${String(run.picture.width)}px;height:${String(run.picture.height)}px;`;
        row.append(box);
      }
      area.append(row);
    }
    zone.append(area);
    sheet.append(zone);
    host.append(sheet);
    const height = zone.getBoundingClientRect().height / (scale || 1);
    sheet.remove();
    byWidth.set(key, height);
    return height;
  }
}
