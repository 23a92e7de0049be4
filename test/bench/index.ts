/**
 * `npm run bench`: runs every `*.bench.js` beside this file (one per area: bit generators,
 * libm, legacy, generator, lint, engine) in one process, so ratios are measured side by side.
 * `npm run bench -- NAME` runs only the files whose name contains NAME.
 */
import * as fs from 'fs';
import * as path from 'path';

interface BenchModule { run(): Promise<void> | void }

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js') && (!filter || f.includes(filter)))
    .sort();
  console.log(`SeedLab benchmarks (${new Date().toISOString()}, node ${process.version})`);
  for (const f of files) {
    const mod = require(path.join(__dirname, f)) as BenchModule;
    await mod.run();
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
