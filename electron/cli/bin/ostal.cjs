#!/usr/bin/env node
// Launcher for the `ostal` command: runs the bundle built by `npm run prepare` (build/build-node.mjs).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('ostal: the command-line tool is not built yet; run `npm run prepare` first.\n');
  process.exit(3);
}
require(bundle);
