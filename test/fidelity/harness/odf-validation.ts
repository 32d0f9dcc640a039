/**
 * ODF 1.3 schema validation of many files at once. It checks exactly what
 * `test/support/odf-schema.ts` (`odfSchemaErrors`) checks — the same OASIS schemas, the same
 * parts, the same `jing -i` — but starts Java twice for a whole batch instead of twice per file:
 * at about 1.4 s per JVM start pair, validating 240 files one by one would take over five
 * minutes of a two-core machine. `odf-validation.test.ts` proves both give the same verdicts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);

const SCHEMAS = path.resolve(import.meta.dirname, '../../../../shared/schemas/odf-1.3');

/** Where the OASIS schemas are looked for, relative to this file (or the bundled runner in dist/fidelity). */
export function schemaPaths(schemas = SCHEMAS): { main: string; manifest: string } {
  return { main: path.join(schemas, 'OpenDocument-v1.3-schema.rng'), manifest: path.join(schemas, 'OpenDocument-v1.3-manifest-schema.rng') };
}

/** One file to validate. */
export interface OdfFile {
  /** Caller's key for the result. */
  readonly id: string;
  readonly bytes: Uint8Array;
  /** True for flat ODF (fodt, fods, fodp): one XML document instead of a package. */
  readonly flat: boolean;
}

const PARTS = ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml'];

async function jing(schema: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  try {
    await run('jing', ['-i', schema, ...files], { maxBuffer: 256 * 1024 * 1024 });
    return [];
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; code?: string | number };
    if (e.code === 'ENOENT') throw new Error('jing is not installed (apt-get install -y jing)', { cause: err });
    const lines = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.split('\n').filter((l) => /^\/.*:\d+:\d+: (error|fatal)/.test(l));
    if (lines.length === 0) throw new Error(`jing failed without naming a file: ${String(e.stderr ?? err)}`, { cause: err });
    return lines;
  }
}

/**
 * Schema errors of each file, by id (an empty list means valid). Errors read like
 * `content.xml:2:345: error: …` (the part, then jing's position and message).
 * @param schemas  folder holding the OASIS ODF 1.3 RelaxNG schemas.
 * @throws Error when jing or the schemas are missing (a check that cannot run must not pass).
 */
export async function validateOdfFiles(files: readonly OdfFile[], workDir: string, schemas = SCHEMAS): Promise<Map<string, string[]>> {
  const { main, manifest } = schemaPaths(schemas);
  if (!existsSync(main)) throw new Error(`ODF schema not found at ${main}`);
  const dir = mkdtempSync(path.join(workDir, 'jing-'));
  const result = new Map<string, string[]>();
  const owner = new Map<string, string>();
  const mainFiles: string[] = [];
  const manifestFiles: string[] = [];
  try {
    files.forEach((file, i) => {
      const base = path.join(dir, String(i));
      owner.set(`${base}/`, file.id);
      result.set(file.id, []);
      mkdirSync(path.join(base, 'META-INF'), { recursive: true });
      if (file.flat) {
        writeFileSync(path.join(base, 'flat.xml'), file.bytes);
        mainFiles.push(path.join(base, 'flat.xml'));
        return;
      }
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(file.bytes);
      } catch (err) {
        result.set(file.id, [`unreadable package: ${(err as Error).message}`]);
        return;
      }
      const parts = PARTS.filter((p) => entries[p]);
      const missing = [...parts, 'META-INF/manifest.xml'].find((p) => !entries[p]);
      if (missing !== undefined) {
        result.set(file.id, [`missing part ${missing}`]);
        return;
      }
      for (const p of parts) {
        writeFileSync(path.join(base, p), entries[p]!);
        mainFiles.push(path.join(base, p));
      }
      writeFileSync(path.join(base, 'META-INF/manifest.xml'), entries['META-INF/manifest.xml']!);
      manifestFiles.push(path.join(base, 'META-INF/manifest.xml'));
    });
    const [a, b] = await Promise.all([jing(main, mainFiles), jing(manifest, manifestFiles)]);
    for (const line of [...a, ...b]) {
      const slash = line.indexOf('/', dir.length + 1);
      const id = owner.get(line.slice(0, slash + 1));
      if (id === undefined) throw new Error(`jing named a file outside the batch: ${line}`);
      result.get(id)!.push(line.slice(slash + 1));
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
