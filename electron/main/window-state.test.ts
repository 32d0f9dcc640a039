import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, placeWindow, saveWindowState } from './window-state.js';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('is saved and read back; a broken file is no state', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-window-'));
    const file = path.join(dir, 'home', 'window.json');
    expect(loadWindowState(file)).toBeUndefined();
    saveWindowState(file, { bounds: { x: 1400, y: 20, width: 1600, height: 900 }, maximized: true });
    expect(loadWindowState(file)).toEqual({ bounds: { x: 1400, y: 20, width: 1600, height: 900 }, maximized: true });
    await fs.writeFile(file, '{"bounds": {"x": "left"}, "maximized": false}');
    expect(loadWindowState(file)).toBeUndefined();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reopens where it was when that place is still on a screen', () => {
    const saved = { bounds: { x: 1500, y: 40, width: 1600, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitor])).toEqual({ x: 1500, y: 40, width: 1600, height: 900, maximized: false });
  });

  it('keeps only the size, shrunk to the screen, when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 1500, y: 40, width: 1600, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1366, height: 728, maximized: true });
  });

  it('never goes below the smallest window, and has no place at all the first time', () => {
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false }, [laptop])).toEqual({ x: 10, y: 10, width: 720, height: 480, maximized: false });
    expect(placeWindow(undefined, [laptop])).toEqual({ maximized: false });
  });
});
