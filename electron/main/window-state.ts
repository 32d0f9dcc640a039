/**
 * The window's place and size, remembered between sessions in `<OSTAL_HOME>/window.json`
 * (`{ "version": 1, "bounds": {x, y, width, height}, "maximized": bool }`). A saved place that
 * no longer lies on a screen (a monitor unplugged, a smaller laptop screen) is dropped or
 * shrunk, so the window never opens out of sight.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Normal (not maximized) bounds. */
  readonly bounds: Bounds;
  readonly maximized: boolean;
}

/** Smallest window accepted (the window's own minimum). */
export const MIN_WINDOW = { width: 720, height: 480 } as const;
/** How much of the window's title bar must lie on a screen to keep its place. */
const VISIBLE_MARGIN = 64;

function isBounds(value: unknown): value is Bounds {
  if (value === null || typeof value !== 'object') return false;
  const b = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof b[k] === 'number' && Number.isFinite(b[k]) && Math.abs(b[k]) < 100_000);
}

/** The saved state, or undefined when there is none or it is broken. Never throws. */
export function loadWindowState(file: string): WindowState | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!isBounds(data.bounds) || typeof data.maximized !== 'boolean') return undefined;
    return { bounds: data.bounds, maximized: data.maximized };
  } catch {
    return undefined;
  }
}

/** Saves the state atomically (temp file, rename); failures are ignored (it is a comfort). */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`);
    renameSync(temp, file);
  } catch {
    // An unwritable profile must not stop the window from closing.
  }
}

/**
 * Where to open the window given the screens' work areas: the saved bounds when their top strip
 * lies on a screen (shrunk to fit that screen), else only the saved size (centred by the system).
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Bounds[]): Partial<Bounds> & { maximized: boolean } {
  if (saved === undefined) return { maximized: false };
  const { bounds } = saved;
  const screen = workAreas.find(
    (area) =>
      bounds.x + bounds.width - VISIBLE_MARGIN >= area.x &&
      bounds.x + VISIBLE_MARGIN <= area.x + area.width &&
      bounds.y >= area.y &&
      bounds.y + VISIBLE_MARGIN <= area.y + area.height,
  );
  const largest = workAreas.reduce<Bounds | undefined>((best, a) => (best === undefined || a.width * a.height > best.width * best.height ? a : best), undefined);
  const fit = screen ?? largest;
  const width = Math.max(MIN_WINDOW.width, Math.min(bounds.width, fit?.width ?? bounds.width));
  const height = Math.max(MIN_WINDOW.height, Math.min(bounds.height, fit?.height ?? bounds.height));
  if (screen === undefined) return { width, height, maximized: saved.maximized };
  return { x: bounds.x, y: bounds.y, width, height, maximized: saved.maximized };
}
