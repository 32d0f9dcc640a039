// Runs npm scripts side by side and prints each one's output whole once it ends, with its time:
// `npm test`'s checks (typecheck, lint, build) are single-threaded and independent, so on two
// cores they take the time of the longest, not of the three. Exits non-zero when any failed,
// after all have ended (every failure is shown, not only the first).
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node build/run-parallel.mjs <npm script>...');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (error) => resolve({ script, code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString();
      const result = { script, code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 };
      // Printed as soon as it ends, whole, so outputs never interleave.
      process.stdout.write(`\n> ${script}: ${result.code === 0 ? 'ok' : `failed (${String(result.code)})`} in ${result.seconds.toFixed(1)} s\n`);
      if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      resolve(result);
    });
  });
}

const results = await Promise.all(scripts.map(run));
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
