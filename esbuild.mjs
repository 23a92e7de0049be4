// Bundles SeedLab's entry points. `tsc -p ./` type-checks and compiles tests to out/;
// esbuild makes the shipped bundles in dist/.
import { chmodSync } from 'fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };

// The engine's Web Worker, built first: the browser extension host inlines it (see src/extension/web.ts).
const webWorker = { ...common, entryPoints: ['src/engine/embedded/webWorker.ts'], outfile: 'dist/web/engine-worker.js', platform: 'browser', format: 'iife', sourcemap: false };

const builds = [
  // Node extension host (desktop VS Code, code-server).
  { ...common, entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Browser extension host (VS Code for the Web): everything but the Python engine.
  { ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'],
    define: { SEEDLAB_ENGINE_WORKER_SOURCE: JSON.stringify(await workerSource()) } },
  // The embedded engine's worker thread (Node extension host).
  { ...common, entryPoints: ['src/engine/embedded/worker.ts'], outfile: 'dist/engine-worker.js', platform: 'node', format: 'cjs' },
  // The `seedlab` CLI.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The PRNG core's public API, for Node users and benchmarks.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs' },
];

async function workerSource() {
  const result = await esbuild.build({ ...webWorker, write: false });
  return result.outputFiles[0].text;
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // The CLI runs as an executable (package.json bin): npx sets the bit only when it first links a
  // checkout, so a fresh clone at a path npx has seen before would get "Permission denied".
  chmodSync('dist/cli.js', 0o755);
}
