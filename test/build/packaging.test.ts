/**
 * The packaging configuration IT relies on, checked without building installers: the fuses, the
 * installers' machine-wide options, file associations that match what Ostal opens, the Linux
 * desktop and MIME files, and Group Policy templates that declare exactly the keys Ostal reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error plain ES module script without types
import { packagingFiles } from '../../build/packaging-files.mjs';
import { FILE_TYPES } from '../../electron/services/file-types.js';
import { OPENABLE_EXTENSIONS } from '../../electron/services/launch-service.js';
import { POLICY_REGISTRY_KEY } from '../../electron/services/policy-templates.js';
import { POLICY_REGISTRY_PATH } from '../../electron/services/registry-policy.js';
import { isValidSettingValue, SETTING_KEYS } from '../../electron/services/setting-values.js';
import type { SettingKey } from '../../electron/shared/settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; description: string; mimeType: string; role: string }[];
  protocols: { schemes: string[] }[];
  linux: { icon: string; target: string[]; executableName: string; mimeTypes: string[]; desktop: { entry: Record<string, string>; desktopActions?: Record<string, Record<string, string>> } };
  deb: { fpm: string[] };
  rpm: { fpm: string[] };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  msi: { perMachine: boolean };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const generated = (await (packagingFiles as () => Promise<Record<string, string>>)()) satisfies Record<string, string>;

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A small element tree (saxes: a well-formedness error throws). */
function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [{ name: '#document', attributes: {}, children: [], text: '' }];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  return stack[0]!.children[0]!;
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

describe('electron-builder.yml', () => {
  it('gives the app the id the running app uses as its Windows AppUserModelID', async () => {
    vi.doMock('electron', () => ({}));
    const { APP_ID } = await import('../../electron/main/app-lifecycle.js');
    expect((config as unknown as { appId: string }).appId).toBe(APP_ID);
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds NSIS (per-user or per-machine) and a per-machine MSI for Windows; AppImage, deb, rpm and tar.gz for Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.msi.perMachine).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb', 'rpm', 'tar.gz']);
    expect(config.linux.executableName).toBe('ostal');
  });

  it('associates every type Ostal opens, with its MIME type and a ProgID', () => {
    expect(FILE_TYPES.map((t) => t.ext)).toEqual(OPENABLE_EXTENSIONS);
    expect(config.fileAssociations.map(({ ext, name, mimeType, description }) => ({ ext, name, mimeType, description }))).toEqual(
      FILE_TYPES.map((t) => ({ ext: t.ext, name: t.progId, mimeType: t.mime, description: t.fr })),
    );
    for (const a of config.fileAssociations) {
      expect(a.role).toBe('Editor');
      // A ProgID: no spaces, at most 39 characters, program.component.
      expect(a.name).toMatch(/^Ostal\.[a-z]{3,4}$/);
    }
    expect(config.protocols).toEqual([{ name: 'Ostal', schemes: ['ostal'] }]);
    expect(config.linux.mimeTypes).toContain('x-scheme-handler/ostal');
  });

  it('has the icon at every size the desktops ask for (Windows makes its .ico from the 512 one)', () => {
    expect(config.win.icon).toBe('build/resources/icon.png');
    expect(config.linux.icon).toBe('build/resources/icons');
    /** Width and height from a PNG's IHDR chunk. */
    const sizeOf = (file: string): [number, number] => {
      const png = readFileSync(path.join(root, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(sizeOf('build/resources/icon.png')).toEqual([512, 512]);
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512]) expect(sizeOf(`build/resources/icons/${String(n)}x${String(n)}.png`)).toEqual([n, n]);
  });

  it('ships the templates, the policy templates and the Linux MIME file', () => {
    expect(config.files).toContain('resources/templates/**');
    expect(config.extraResources).toEqual([
      { from: 'build/policies', to: 'policies' },
      { from: 'build/linux', to: 'linux' },
    ]);
    for (const target of [config.deb, config.rpm]) expect(target.fpm).toEqual(['build/linux/ostal-mime.xml=/usr/share/mime/packages/ostal.xml']);
    expect(config.linux.desktop.entry).toMatchObject({ 'GenericName[fr]': 'Suite bureautique', Categories: 'Office;WordProcessor;Spreadsheet;Presentation;' });
  });
});

/** A desktop entry's groups (`Desktop Entry`, `Desktop Action new-text`) as key → value maps. */
function desktopGroups(text: string): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) groups.set(header[1]!, (current = new Map<string, string>()));
    else if (line.includes('=') && current) current.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
  }
  return groups;
}

describe('generated packaging files', () => {
  it('are up to date (npm run packaging:generate)', () => {
    for (const [rel, content] of Object.entries(generated)) {
      expect(readFileSync(path.join(root, rel), 'utf8'), rel).toBe(content);
    }
  });

  it('the desktop entry opens files and ostal: links for every type, in French and English', () => {
    const entry = generated['build/linux/ostal.desktop']!;
    const lines = desktopGroups(entry).get('Desktop Entry')!;
    expect(lines.get('Exec')).toBe('/opt/Ostal/ostal %U');
    expect(lines.get('MimeType')!.split(';').filter(Boolean)).toEqual([...FILE_TYPES.map((t) => t.mime), 'x-scheme-handler/ostal']);
    expect(lines.get('Name')).toBe('Ostal');
    expect(lines.get('GenericName[fr]')).toBe('Suite bureautique');
    expect(entry.split('\n')[0]).toBe('[Desktop Entry]');
  });

  it('the desktop entry has the jump list’s tasks as actions, in French and English, also in electron-builder.yml', () => {
    const groups = desktopGroups(generated['build/linux/ostal.desktop']!);
    expect(groups.get('Desktop Entry')!.get('Actions')).toBe('new-text;new-workbook;new-deck;');
    expect(groups.get('Desktop Action new-text')).toEqual(
      new Map<string, string>([
        ['Name', 'New text document'],
        ['Name[fr]', 'Nouveau document texte'],
        ['Exec', '/opt/Ostal/ostal --new=text'],
        ['Icon', 'ostal'],
      ]),
    );
    expect(groups.get('Desktop Action new-deck')!.get('Name[fr]')).toBe('Nouvelle présentation');
    // electron-builder writes the .desktop of deb, rpm and AppImage from its own config: the same actions.
    expect(config.linux.desktop.entry['Actions']).toBe('new-text;new-workbook;new-deck;');
    for (const [name, keys] of groups) {
      if (!name.startsWith('Desktop Action ')) continue;
      expect(config.linux.desktop.desktopActions?.[name.slice('Desktop Action '.length)], name).toEqual(Object.fromEntries(keys));
    }
    expect(Object.keys(config.linux.desktop.desktopActions ?? {})).toEqual(['new-text', 'new-workbook', 'new-deck']);
  });

  it('the shared-mime-info file declares each type with its glob and French name', () => {
    const info = parseXml(generated['build/linux/ostal-mime.xml']!);
    expect(info.name).toBe('mime-info');
    expect(info.attributes.xmlns).toBe('http://www.freedesktop.org/standards/shared-mime-info');
    const types = all(info, 'mime-type');
    expect(types.map((t) => t.attributes.type)).toEqual(FILE_TYPES.map((t) => t.mime));
    for (const [i, t] of types.entries()) {
      expect(all(t, 'glob').map((g) => g.attributes.pattern)).toEqual([`*.${FILE_TYPES[i]!.ext}`]);
      expect(all(t, 'comment').find((c) => c.attributes['xml:lang'] === 'fr')?.text).toBe(FILE_TYPES[i]!.fr);
    }
  });
});

describe('Group Policy templates (ADMX/ADML)', () => {
  const admx = parseXml(generated['build/policies/ostal.admx']!);
  const admls = { fr: parseXml(generated['build/policies/fr-FR/ostal.adml']!), en: parseXml(generated['build/policies/en-US/ostal.adml']!) };

  it('declare one machine policy per setting, under the key Ostal reads, with the setting’s name as value name', () => {
    expect(POLICY_REGISTRY_PATH).toBe(`HKLM\\${POLICY_REGISTRY_KEY}`);
    const policies = all(admx, 'policy');
    expect(policies.map((p) => p.attributes.name)).toEqual([...SETTING_KEYS]);
    for (const policy of policies) {
      expect(policy.attributes).toMatchObject({ class: 'Machine', key: 'Software\\Policies\\Ostal' });
      const [element] = all(policy, 'elements')[0]!.children;
      expect(element!.attributes.valueName).toBe(policy.attributes.name);
    }
  });

  it('only offer values the app accepts', () => {
    for (const policy of all(admx, 'policy')) {
      const key = policy.attributes.name as SettingKey;
      const [element] = all(policy, 'elements')[0]!.children;
      if (element!.name === 'enum') {
        for (const value of all(element!, 'string')) expect(isValidSettingValue(key, value.text), `${key}=${value.text}`).toBe(true);
      } else if (element!.name === 'decimal') {
        const min = Number(element!.attributes.minValue);
        const max = Number(element!.attributes.maxValue);
        expect(isValidSettingValue(key, min), key).toBe(true);
        expect(isValidSettingValue(key, max), key).toBe(true);
        expect(isValidSettingValue(key, max + 1), key).toBe(false);
      } else {
        expect(element!.name).toBe('text');
        const max = Number(element!.attributes.maxLength);
        // A path setting needs a path; the longest value the editor lets IT type must be accepted.
        const prefix = ['', '/', 'https://exo.region.fr/'].find((p) => isValidSettingValue(key, `${p}x`));
        expect(prefix, key).toBeDefined();
        const longest = (n: number) => prefix! + 'x'.repeat(n - prefix!.length);
        expect(isValidSettingValue(key, longest(max)), key).toBe(true);
        expect(isValidSettingValue(key, longest(max + 1)), key).toBe(false);
      }
    }
  });

  it('have every string and presentation they refer to, in French and English', () => {
    const text = generated['build/policies/ostal.admx']!;
    const stringRefs = [...text.matchAll(/\$\(string\.([A-Za-z0-9_]+)\)/g)].map((m) => m[1]!);
    const presentationRefs = [...text.matchAll(/\$\(presentation\.([A-Za-z0-9_]+)\)/g)].map((m) => m[1]!);
    expect(stringRefs.length).toBeGreaterThan(SETTING_KEYS.length * 2);
    for (const [language, adml] of Object.entries(admls)) {
      expect(adml.name, language).toBe('policyDefinitionResources');
      const strings = new Map(all(adml, 'string').map((s) => [s.attributes.id!, s.text]));
      for (const ref of stringRefs) expect(strings.get(ref)?.length, `${language} string ${ref}`).toBeGreaterThan(0);
      const presentations = all(adml, 'presentation');
      expect(presentations.map((p) => p.attributes.id).sort(), language).toEqual([...new Set(presentationRefs)].sort());
      for (const p of presentations) {
        // Each presentation control refers to the element of its policy.
        expect(p.children[0]!.attributes.refId, language).toBe(p.attributes.id);
      }
    }
    expect(all(admls.fr, 'string').find((s) => s.attributes.id === 'autosaveSeconds')?.text).toBe('Intervalle de sauvegarde automatique');
    expect(all(admls.en, 'string').find((s) => s.attributes.id === 'autosaveSeconds')?.text).toBe('Autosave interval');
  });
});
