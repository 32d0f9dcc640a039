/**
 * The offline packaging check: electron-builder packs the built app (`npm run build` first) for
 * Linux as an unpacked folder, with a stub Electron binary in place of the real one (which cannot
 * be downloaded here). The stub carries Electron's fuse wire in its default state, so the test
 * sees what the real build does to the real binary: the fuses flipped, the asar's contents, the
 * resources shipped beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const fuses = require('@electron/fuses') as { getCurrentFuseWire(file: string): Promise<Record<string, number | string>> };
const asar = require('@electron/asar') as { listPackage(file: string, options: { isPack: boolean }): string[]; extractFile(archive: string, file: string): Buffer };

/** Electron's fuse sentinel and wire (version 1, 8 fuses) in the state Electron ships it. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED_WIRE = '10110001'; // RunAsNode on, cookies plain, NODE_OPTIONS on, --inspect on, no asar check, any app folder, shared snapshot, file:// privileges
const ON = 49;
const OFF = 48;

let work = '';
let appDir = '';

beforeAll(() => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` before this test.`);
  }
  work = mkdtempSync(path.join(os.tmpdir(), 'ostal-pack-'));
  const stub = path.join(work, 'electron-dist');
  mkdirSync(stub);
  writeFileSync(path.join(stub, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for the Electron binary\n'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(SHIPPED_WIRE), Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(path.join(stub, 'LICENSE'), 'stub');
  execFileSync(process.execPath, [require.resolve('electron-builder/cli.js'), '--linux', 'dir', `-c.electronDist=${stub}`, `-c.directories.output=${path.join(work, 'out')}`], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_OFFLINE: 'true' },
    timeout: 240_000,
  });
  appDir = path.join(work, 'out', 'linux-unpacked');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('offline packaging (electron-builder, stub Electron)', () => {
  it('names the executable ostal and flips every hardening fuse in it', async () => {
    expect(existsSync(path.join(appDir, 'ostal'))).toBe(true);
    const wire = await fuses.getCurrentFuseWire(path.join(appDir, 'ostal'));
    expect(wire).toMatchObject({
      version: '1',
      0: OFF, // RunAsNode
      1: ON, // EnableCookieEncryption
      2: OFF, // EnableNodeOptionsEnvironmentVariable
      3: OFF, // EnableNodeCliInspectArguments
      4: ON, // EnableEmbeddedAsarIntegrityValidation
      5: ON, // OnlyLoadAppFromAsar
      7: OFF, // GrantFileProtocolExtraPrivileges
    });
  });

  it('packs the bundles, the renderer and the templates in app.asar, and nothing else', () => {
    const archive = path.join(appDir, 'resources', 'app.asar');
    const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    for (const needed of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/resources/templates/lettre.fodt', '/resources/templates/budget.fods']) {
      expect(files, needed).toContain(needed);
    }
    const strays = files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') || f.includes('/node_modules/') || f.startsWith('/packages/') || f.startsWith('/test/') || f.startsWith('/dist/cli') || f.startsWith('/dist/web'));
    expect(strays).toEqual([]);
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
  });

  it('ships the Group Policy templates and the Linux integration files beside the app', () => {
    const resources = path.join(appDir, 'resources');
    expect(readdirSync(path.join(resources, 'policies')).sort()).toEqual(['en-US', 'fr-FR', 'ostal.admx']);
    expect(existsSync(path.join(resources, 'policies', 'fr-FR', 'ostal.adml'))).toBe(true);
    expect(existsSync(path.join(resources, 'policies', 'en-US', 'ostal.adml'))).toBe(true);
    expect(readdirSync(path.join(resources, 'linux')).sort()).toEqual(['ostal-mime.xml', 'ostal.desktop']);
  });
});
