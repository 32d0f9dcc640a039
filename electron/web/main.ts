/**
 * `node dist/web.cjs [--port <n>] [--root <dir>]`: starts the browser-mode host, prints exactly
 * one line (`Ostal web: http://127.0.0.1:<port>/?token=<token>`) and runs until SIGINT/SIGTERM.
 */
import path from 'node:path';
import { createHostServices } from '../services/create-host-services.js';
import { documentArgs } from '../services/launch-service.js';
import { parseWebArgs, WEB_USAGE } from './web-args.js';
import { startWebHost } from './web-host.js';

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`ostal web: ${(error as Error).message}\n${WEB_USAGE}\n`);
    process.exit(2);
  }
  // The bundle sits in dist/, the templates in resources/ beside it.
  const templatesFolders = [path.join(__dirname, '..', 'resources', 'templates')];
  const services = createHostServices({ templatesFolders, ...(args.root === undefined ? {} : { documentsFolder: args.root }) });
  services.launch.queue(documentArgs(args.documents ?? [], process.cwd()));
  // "Open in desktop" links given to the browser-mode host go to the page like Electron's.
  for (const link of args.links ?? []) services.sync.receiveLink(link);
  services.launch.queueNew(args.newDocuments ?? []);
  await services.settings.get().catch(() => undefined);
  for (const problem of services.settings.policyProblems) process.stderr.write(`ostal web: ${problem}\n`);
  // The bundle sits in dist/, beside the renderer build.
  const host = await startWebHost({ services, rendererDir: path.join(__dirname, 'renderer'), port: args.port });
  process.stdout.write(`Ostal web: ${host.url}\n`);
  const stop = (): void => {
    // Lock files of documents still open go with the host (a kill leaves them stale, and known).
    void services.locks
      .releaseAll()
      .then(() => host.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
  process.stderr.write(`ostal web: cannot start: ${error instanceof Error ? error.message : String(error)}${code}\n`);
  process.exit(1);
});
