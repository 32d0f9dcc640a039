// The dependency rule of docs/architecture.md, enforced: every import in packages/, electron/ and
// renderer/ must point down the layer table. Prints each violation and exits 1 when there is any.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Layer of a repository-relative path, or null when the path is not layered (tests, build). */
export function layerOf(rel) {
  const parts = rel.split('/');
  if (parts[0] === 'packages' && parts[1]) return `packages/${parts[1]}`;
  if ((parts[0] === 'electron' || parts[0] === 'renderer') && parts[1] && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return null;
}

const PM = /^prosemirror-/;
const NODE = /^node:/;
/** For each layer: layers it may import, bare packages it may import, and whether only types may come from some layers. */
const RULES = {
  'packages/model': { layers: [], bare: [PM] },
  'packages/formats': { layers: ['packages/model'], bare: [/^fflate$/, /^saxes$/, PM] },
  'packages/sync': { layers: ['packages/model'], bare: [] },
  'packages/calc': { layers: ['packages/model'], bare: [/^hyperformula$/] },
  'electron/shared': { layers: ['packages/model'], bare: [], typeOnly: ['packages/model'] },
  'electron/services': { layers: ['electron/shared', 'packages/model', 'packages/formats', 'packages/sync', 'packages/calc'], bare: [NODE] },
  'electron/main': { layers: ['electron/shared', 'electron/services'], bare: [NODE, /^electron$/] },
  'electron/preload': { layers: ['electron/shared'], bare: [/^electron$/] },
  'electron/web': { layers: ['electron/shared', 'electron/services', 'packages/model', 'packages/formats', 'packages/sync', 'packages/calc'], bare: [NODE, /^ws$/] },
  'electron/cli': { layers: ['electron/shared', 'electron/services', 'packages/model', 'packages/formats', 'packages/sync', 'packages/calc'], bare: [NODE] },
  'renderer/ui': { layers: [], bare: [/^react(-dom)?(\/|$)/] },
  'renderer/writer': { layers: ['renderer/ui', 'packages/model', 'electron/shared'], bare: [/^react(-dom)?(\/|$)/, PM, /^nspell$/, /^dictionary-(en|fr)$/], typeOnly: ['electron/shared'] },
  'renderer/sheets': { layers: ['renderer/ui', 'packages/model', 'packages/calc', 'electron/shared'], bare: [/^react(-dom)?(\/|$)/, /^handsontable(\/|$)/, /^@handsontable\//, /^hyperformula(\/i18n\/languages)?$/], typeOnly: ['electron/shared'] },
  'renderer/slides': { layers: ['renderer/ui', 'packages/model', 'electron/shared'], bare: [/^react(-dom)?(\/|$)/, /^reveal\.js(\/|$)/], typeOnly: ['electron/shared'] },
  'renderer/app': { layers: ['renderer/writer', 'renderer/sheets', 'renderer/slides', 'renderer/ui', 'renderer/workers', 'packages/model', 'electron/shared'], bare: [/^react(-dom)?(\/|$)/], indexOnly: ['renderer/writer', 'renderer/sheets', 'renderer/slides'] },
  'renderer/workers': { layers: ['packages/formats', 'packages/model'], bare: [] },
};
const PACKAGE_LAYER = { '@ostal/model': 'packages/model', '@ostal/formats': 'packages/formats', '@ostal/sync': 'packages/sync', '@ostal/calc': 'packages/calc' };

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) yield full;
  }
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Violations of the rule under `root` (the repository by default), one line each. */
export function check(root = repoRoot) {
  const problems = [];
  for (const top of ['packages', 'electron', 'renderer']) {
    for (const file of files(path.join(root, top))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const layer = layerOf(rel);
      const rule = layer && RULES[layer];
      if (!rule) {
        if (layer) problems.push(`${rel}: unknown layer ${layer}`);
        continue;
      }
      const isTest = /\.test\.tsx?$/.test(rel);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(IMPORT)) {
        const spec = m[3] ?? m[4];
        const typeOnly = Boolean(m[2]);
        if (!spec || spec.endsWith('.css')) continue;
        // The Node side may read the application's own version from the root package.json.
        if (layer.startsWith('electron/') && /^(\.\.\/)+package\.json$/.test(spec) && path.resolve(path.dirname(file), spec) === path.join(root, 'package.json')) continue;
        let target;
        if (spec.startsWith('.')) {
          target = layerOf(path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/'));
          if (target === null) {
            if (!isTest) problems.push(`${rel}: imports ${spec}, outside the layered folders`);
            continue;
          }
        } else {
          const pkg = Object.keys(PACKAGE_LAYER).find((p) => spec === p || spec.startsWith(p + '/'));
          target = pkg ? PACKAGE_LAYER[pkg] : null;
          if (target === null) {
            if (isTest && (NODE.test(spec) || spec === 'vitest' || spec === 'fflate')) continue;
            if (!rule.bare.some((re) => re.test(spec))) problems.push(`${rel}: ${layer} may not import '${spec}'`);
            continue;
          }
        }
        if (target === layer) continue;
        if (!rule.layers.includes(target)) {
          problems.push(`${rel}: ${layer} may not import ${target} ('${spec}')`);
          continue;
        }
        if (rule.typeOnly?.includes(target) && !typeOnly && !/^\s*import\s+type\b/.test(m[0].trim())) {
          problems.push(`${rel}: ${layer} may import only types from ${target} ('${spec}'); use 'import type'`);
        }
        if (rule.indexOnly?.includes(target) && spec.startsWith('.')) {
          const resolved = path.relative(path.join(root, target), path.resolve(path.dirname(file), spec));
          if (!/^(index(\.tsx?|\.js)?)?$/.test(resolved)) problems.push(`${rel}: import ${target} through its index only ('${spec}')`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = check();
  for (const p of problems) console.error(`layer rule: ${p}`);
  if (problems.length > 0) {
    console.error(`${String(problems.length)} import(s) break the dependency rule (docs/architecture.md).`);
    process.exit(1);
  }
  console.log('Dependency rule: every import points down the layers.');
}
