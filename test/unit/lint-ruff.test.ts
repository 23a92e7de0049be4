/** SEED002 finds a superset of Ruff's NPY002 (Ruff's own WASM build) on the same files. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workspace, PositionEncoding } from '@astral-sh/ruff-wasm-nodejs';
import { lineIndex, lintSource } from '../../src/analysis/lint';
import { FIXTURES } from '../support/fixtures';

const FILES = [
  ...fs.readdirSync(path.join(FIXTURES, 'lint')).map((f) => path.join(FIXTURES, 'lint', f)),
  path.resolve(FIXTURES, '..', '..', 'examples', 'experiment.py'),
].filter((f) => f.endsWith('.py'));

describe("SEED002 vs Ruff's NPY002", () => {
  const ruff = new Workspace({ lint: { select: ['NPY002'] } }, PositionEncoding.Utf16);
  for (const file of FILES) {
    it(`covers every NPY002 finding in ${path.basename(file)}`, () => {
      const source = fs.readFileSync(file, 'utf8');
      const theirs = (ruff.check(source) as Array<{ code: string; start_location: { row: number; column: number } }>)
        .filter((d) => d.code === 'NPY002').map((d) => `${d.start_location.row}:${d.start_location.column}`);
      const pos = lineIndex(source);
      const ours = new Set(lintSource(source, { select: ['SEED002'] }).map((f) => { const p = pos(f.from); return `${p.line}:${p.column}`; }));
      for (const t of theirs) assert.ok(ours.has(t), `NPY002 at ${t} not reported by SEED002`);
    });
  }
});
