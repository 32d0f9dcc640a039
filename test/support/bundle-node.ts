/**
 * Bundles a TypeScript entry into one CommonJS file Node runs directly: how tests start child
 * processes on the project's own code (the kill-during-save torture test).
 */
import { build } from 'esbuild';

/** Bundles `entry` (a .ts file) into `outfile` (a .cjs file) for the running Node. */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
}
