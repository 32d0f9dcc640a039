/**
 * What writing a deck in a format leaves out, said before (or after) the conversion: the writers
 * never fail on content. Each loss is a warning with a stable code.
 */
import { commentEntryCount, flattenShapes } from '@ostal/model';
import type { Deck, DeckShape, Diagnostic, Fill, FormatId } from '@ostal/model';
import { effectsNotInOdf } from './shape-effects.js';

/** How many tiled picture fills of the deck mirror every other tile (a:tile flip): shapes' fills and backgrounds of slides, layouts and masters. */
export function mirroredTileCount(deck: Deck): number {
  const mirrored = (f: Fill | undefined): boolean => f?.kind === 'picture' && f.tile?.flip !== undefined;
  const inShapes = (shapes: readonly DeckShape[] | undefined): number => flattenShapes(shapes ?? []).filter((s) => 'fill' in s && mirrored(s.fill)).length;
  const parts = [...deck.slides, ...(deck.layouts ?? []), ...(deck.masters ?? [])];
  return parts.reduce((n, p) => n + inShapes(p.shapes) + (mirrored(p.background) ? 1 : 0), 0);
}

/** Losses of writing `deck` as `format` (empty when nothing is lost). */
export function deckConversionLosses(deck: Deck, format: FormatId): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sections = deck.sections?.length ?? 0;
  if (sections > 0 && (format === 'odp' || format === 'fodp')) {
    // ODF 1.3 has no slide sections (LibreOffice Impress has none either): the slides stay, in order.
    out.push({ severity: 'warning', code: 'sections-dropped', message: `ODF has no slide sections: the ${String(sections)} section(s) of the presentation are not written to ${format} (the slides are, in the same order).` });
  }
  const comments = deck.slides.reduce((n, s) => n + commentEntryCount(s.comments), 0);
  if (comments > 0 && (format === 'odp' || format === 'fodp')) {
    // ODF 1.3 gives a draw:page no annotation; LibreOffice's own element (officeooo:annotation) is not ODF 1.3.
    out.push({ severity: 'warning', code: 'comments-dropped', message: `ODF 1.3 has no slide comments: the ${String(comments)} comment(s) and replies of the presentation are not written to ${format}.` });
  }
  const effects = effectsNotInOdf(deck.slides.flatMap((s) => s.shapes ?? []));
  if (effects.size > 0 && (format === 'odp' || format === 'fodp')) {
    // ODF 1.3 says an outer shadow (draw:shadow) and nothing else: LibreOffice's loext: glow and soft edge are not ODF 1.3.
    out.push({ severity: 'warning', code: 'effects-dropped', message: `ODF 1.3 cannot say these shape effects, which are not written to ${format}: ${[...effects].sort().join(', ')} (shadows are).` });
  }
  const tiles = mirroredTileCount(deck);
  if (tiles > 0 && (format === 'odp' || format === 'fodp')) {
    // ODF 1.3's style:repeat tiles a picture unmirrored: a:tile's flip has no ODF form.
    out.push({ severity: 'warning', code: 'tile-flip-dropped', message: `ODF 1.3 cannot mirror the tiles of a tiled picture fill: ${String(tiles)} fill(s) of the presentation are written to ${format} with every tile unmirrored.` });
  }
  return out;
}
