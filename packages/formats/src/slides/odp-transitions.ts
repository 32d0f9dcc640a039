/**
 * Slide transitions between PresentationML kinds and ODF SMIL transition types (ODF 1.3 Part 3,
 * 20.395 smil:type / 20.394 smil:subtype on style:drawing-page-properties; the SMIL 2.0
 * transition names).
 */
import type { SlideTransition } from '@ostal/model';

interface Smil {
  readonly type: string;
  readonly subtype: string;
  readonly direction?: 'reverse';
}

const DIR_SUBTYPE: Readonly<Record<string, string>> = { l: 'fromRight', r: 'fromLeft', u: 'fromBottom', d: 'fromTop' };

/** The SMIL transition for a deck transition. */
export function smilOf(t: SlideTransition): Smil {
  const d = t.direction;
  switch (t.kind) {
    case 'push':
      return { type: 'pushWipe', subtype: DIR_SUBTYPE[d ?? 'l'] ?? 'fromRight' };
    case 'cover':
      return { type: 'slideWipe', subtype: DIR_SUBTYPE[d ?? 'l'] ?? 'fromRight' };
    case 'pull':
      return { type: 'slideWipe', subtype: DIR_SUBTYPE[d ?? 'l'] ?? 'fromRight', direction: 'reverse' };
    case 'wipe':
      return d === 'u' || d === 'd' ? { type: 'barWipe', subtype: 'topToBottom', ...(d === 'u' ? { direction: 'reverse' as const } : {}) } : { type: 'barWipe', subtype: 'leftToRight', ...(d === 'l' ? { direction: 'reverse' as const } : {}) };
    case 'split':
      return { type: 'barnDoorWipe', subtype: d === 'horz' ? 'horizontal' : 'vertical' };
    case 'blinds':
      return { type: 'blindsWipe', subtype: d === 'vert' ? 'vertical' : 'horizontal' };
    case 'checker':
      return { type: 'checkerBoardWipe', subtype: d === 'vert' ? 'down' : 'across' };
    case 'randomBar':
      return { type: 'randomBarWipe', subtype: d === 'vert' ? 'vertical' : 'horizontal' };
    case 'dissolve':
      return { type: 'dissolve', subtype: 'defaultdissolve' };
    case 'circle':
      return { type: 'ellipseWipe', subtype: 'circle' };
    case 'wheel':
      return { type: 'clockWipe', subtype: 'clockwiseTwelve' };
    case 'diamond':
      return { type: 'irisWipe', subtype: 'diamond' };
    case 'plus':
      return { type: 'fourBoxWipe', subtype: 'cornersIn' };
    case 'cut':
      return { type: 'fade', subtype: 'fadeOverColor' };
    default:
      return { type: 'fade', subtype: 'crossfade' };
  }
}

const REVERSE_DIR: Readonly<Record<string, string>> = { fromRight: 'l', fromLeft: 'r', fromBottom: 'u', fromTop: 'd' };

/** The deck transition kind and direction for a SMIL transition. */
export function transitionOfSmil(type: string, subtype: string | undefined, reverse: boolean): Pick<SlideTransition, 'kind' | 'direction'> {
  switch (type) {
    case 'pushWipe':
      return { kind: 'push', direction: REVERSE_DIR[subtype ?? ''] ?? 'l' };
    case 'slideWipe':
      return { kind: reverse ? 'pull' : 'cover', direction: REVERSE_DIR[subtype ?? ''] ?? 'l' };
    case 'barWipe':
      return subtype === 'topToBottom' ? { kind: 'wipe', direction: reverse ? 'u' : 'd' } : { kind: 'wipe', direction: reverse ? 'l' : 'r' };
    case 'barnDoorWipe':
      return { kind: 'split', direction: subtype === 'horizontal' ? 'horz' : 'vert' };
    case 'blindsWipe':
      return { kind: 'blinds', direction: subtype === 'vertical' ? 'vert' : 'horz' };
    case 'checkerBoardWipe':
      return { kind: 'checker', direction: subtype === 'down' ? 'vert' : 'horz' };
    case 'randomBarWipe':
      return { kind: 'randomBar', direction: subtype === 'vertical' ? 'vert' : 'horz' };
    case 'dissolve':
      return { kind: 'dissolve' };
    case 'ellipseWipe':
      return { kind: 'circle' };
    case 'clockWipe':
      return { kind: 'wheel' };
    case 'irisWipe':
      return { kind: 'diamond' };
    case 'fourBoxWipe':
      return { kind: 'plus' };
    case 'fade':
      return { kind: subtype === 'fadeOverColor' ? 'cut' : 'fade' };
    default:
      return { kind: 'fade' };
  }
}
