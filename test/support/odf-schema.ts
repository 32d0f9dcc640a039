/**
 * Validates ODF output against the OASIS ODF 1.3 RelaxNG schema with Debian's jing (`jing -i`).
 * Used by format unit tests and the fidelity suite; CI installs jing (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

// Beside the checkout (`shared/` next to it), or one level up for a git worktree in a folder of worktrees.
const SCHEMAS = ['../../../shared/schemas/odf-1.3', '../../../../shared/schemas/odf-1.3']
  .map((p) => path.resolve(import.meta.dirname, p))
  .find((p) => existsSync(p)) ?? path.resolve(import.meta.dirname, '../../../shared/schemas/odf-1.3');
const MAIN = path.join(SCHEMAS, 'OpenDocument-v1.3-schema.rng');
const MANIFEST = path.join(SCHEMAS, 'OpenDocument-v1.3-manifest-schema.rng');

function jing(schema: string, files: string[]): string[] {
  try {
    execFileSync('jing', ['-i', schema, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer; code?: string };
    if (e.code === 'ENOENT') throw new Error('jing is not installed (apt-get install -y jing)', { cause: err });
    const out = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.trim();
    return out.split('\n').filter(Boolean);
  }
}

/**
 * Schema errors of an ODF package (zip) or flat ODF file; an empty array means valid.
 * @throws Error when jing or the schemas are missing (the test must not silently pass).
 */
export function odfSchemaErrors(bytes: Uint8Array, flat = false): string[] {
  if (!existsSync(MAIN)) throw new Error(`ODF schema not found at ${MAIN}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-jing-'));
  try {
    if (flat) {
      const f = path.join(dir, 'flat.xml');
      writeFileSync(f, bytes);
      return jing(MAIN, [f]);
    }
    const entries = unzipSync(bytes);
    // Embedded ODF objects (charts: `Object 1/content.xml`) are validated too, against the same
    // schema; formula objects are MathML documents, which this schema does not describe.
    const isOdfDocument = (p: string): boolean => /<office:document-(?:content|styles)\b/.test(new TextDecoder().decode(entries[p]!.subarray(0, 4096)));
    const objects = Object.keys(entries).filter((p) => /^Object [^/]+\/(?:content|styles)\.xml$/.test(p) && isOdfDocument(p));
    const parts = ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml'].filter((p) => entries[p]).concat(objects);
    mkdirSync(path.join(dir, 'META-INF'));
    for (const p of [...parts, 'META-INF/manifest.xml']) {
      const data = entries[p];
      if (!data) return [`missing part ${p}`];
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), data);
    }
    return [...jing(MAIN, parts.map((p) => path.join(dir, p))), ...jing(MANIFEST, [path.join(dir, 'META-INF/manifest.xml')])];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
