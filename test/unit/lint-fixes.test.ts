/**
 * Quick fixes checked by running what they produce under real Python: the fixed program must run,
 * give every parallel task numbers of its own, and give the same numbers on every run.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding } from '../../src/analysis/finding';
import { lintSource } from '../../src/analysis/lint';
import { FIXTURES } from '../support/fixtures';
import { DEBIAN_PYTHON } from '../support/python';

/** Applies the first fix of `code` until none is left (as a user clicking each one would). */
function applyAll(source: string, code: string): { source: string; applied: number } {
  let applied = 0;
  for (;;) {
    const fix = lintSource(source, { select: [code] }).find((f: Finding) => f.fix)?.fix;
    if (!fix) return { source, applied };
    for (const e of [...fix.edits].sort((a, b) => b.from - a.from)) source = source.slice(0, e.from) + e.insert + source.slice(e.to);
    applied++;
  }
}

/** Debian's python3 carries NumPy and joblib (.ci/run installs python3-numpy and python3-joblib). */
function run(source: string): number[][] {
  // A file, not -c: multiprocessing's workers import the main module.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-fix-')), 'program.py');
  fs.writeFileSync(file, source);
  const res = spawnSync(DEBIAN_PYTHON, [file], { encoding: 'utf8' });
  assert.strictEqual(res.status, 0, res.stderr);
  return JSON.parse(res.stdout) as number[][];
}

const distinct = (values: number[]): boolean => new Set(values).size === values.length;

describe('quick fixes, run under Python', () => {
  it('SEED001: the seeding lines it inserts use the names the file imports, and make the run repeat', () => {
    const original = fs.readFileSync(path.join(FIXTURES, 'lint', 'seed001_fix.py'), 'utf8');
    assert.notDeepStrictEqual(run(original), run(original));
    const { source, applied } = applyAll(original, 'SEED001');
    assert.strictEqual(applied, 2);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED001'] }), []);
    assert.deepStrictEqual(run(source), run(source));
  });

  it('SEED003: every task of a pool, an executor and joblib gets its own child seed, the same on every run', function () {
    this.timeout(120000);
    const original = fs.readFileSync(path.join(FIXTURES, 'lint', 'seed003_fix.py'), 'utf8');
    // The fixture shows the bug the fix is for: the pool's tasks all draw the same number.
    assert.ok(!distinct(run(original)[0]));
    const { source, applied } = applyAll(original, 'SEED003');
    assert.strictEqual(applied, 3);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED003'] }), []);
    const first = run(source);
    for (const results of first) assert.ok(distinct(results), JSON.stringify(results));
    assert.deepStrictEqual(run(source), first);
  });
});
