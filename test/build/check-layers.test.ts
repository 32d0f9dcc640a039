import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without types
import { check } from '../../build/check-layers.mjs';

const runCheck = check as (root?: string) => string[];
let dir = '';

function tree(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-layers-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  for (const top of ['packages', 'electron', 'renderer']) mkdirSync(path.join(dir, top), { recursive: true });
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dependency rule check', () => {
  it('passes on the repository itself', () => {
    expect(runCheck()).toEqual([]);
  });

  it('flags an import that points up the layers', () => {
    const root = tree({
      'packages/model/src/a.ts': "import { x } from '../../formats/src/index.js';\n",
      'packages/formats/src/index.ts': 'export const x = 1;\n',
    });
    expect(runCheck(root)).toEqual([expect.stringContaining('packages/model may not import packages/formats')]);
  });

  it('flags Node and Electron in the renderer, and modules importing each other', () => {
    const root = tree({
      'renderer/writer/a.ts': "import fs from 'node:fs';\nimport { s } from '../sheets/index.js';\n",
      'renderer/sheets/index.ts': 'export const s = 1;\n',
      'renderer/slides/b.ts': "import { ipcRenderer } from 'electron';\n",
    });
    const problems = runCheck(root);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/may not import 'node:fs'/);
    expect(problems.join('\n')).toMatch(/renderer\/writer may not import renderer\/sheets/);
    expect(problems.join('\n')).toMatch(/may not import 'electron'/);
  });

  it('requires type-only imports from electron/shared in editor modules', () => {
    const root = tree({
      'renderer/writer/a.ts': "import { CHANNELS } from '../../electron/shared/index.js';\n",
      'electron/shared/index.ts': 'export const CHANNELS = [];\n',
    });
    expect(runCheck(root)).toEqual([expect.stringContaining("use 'import type'")]);
  });
});
