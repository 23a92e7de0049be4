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

/** Applies the first fix of `code` (of any rule without one) until none is left, as a user clicking each one would. */
function applyAll(source: string, code?: string): { source: string; applied: number } {
  let applied = 0;
  for (;;) {
    const fix = lintSource(source, code ? { select: [code] } : {}).find((f: Finding) => f.fix)?.fix;
    if (!fix) return { source, applied };
    if (applied > 200) throw new Error('the fixes do not converge');
    for (const e of [...fix.edits].sort((a, b) => b.from - a.from)) source = source.slice(0, e.from) + e.insert + source.slice(e.to);
    applied++;
  }
}

/** Runs a program under Debian's python3, which carries NumPy and joblib (.ci/run installs python3-numpy and python3-joblib). */
function runText(source: string, args: string[] = []): string {
  // A file, not -c: multiprocessing's workers import the main module.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-fix-')), 'program.py');
  fs.writeFileSync(file, source);
  const res = spawnSync(DEBIAN_PYTHON, [...args, file], { encoding: 'utf8' });
  assert.strictEqual(res.status, 0, res.stderr);
  return res.stdout;
}

const run = (source: string): number[][] => JSON.parse(runText(source)) as number[][];

const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, 'lint', name), 'utf8');

const distinct = (values: number[]): boolean => new Set(values).size === values.length;

describe('quick fixes, run under Python', () => {
  it('SEED001: the seeding lines it inserts use the names the file imports, and make the run repeat', () => {
    const original = fixture('seed001_fix.py');
    assert.notDeepStrictEqual(run(original), run(original));
    const { source, applied } = applyAll(original, 'SEED001');
    assert.strictEqual(applied, 2);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED001'] }), []);
    assert.deepStrictEqual(run(source), run(source));
  });

  it('SEED002: the Generator rewrites run in a file with no rng and numpy under its own name, and repeat', () => {
    const { source, applied } = applyAll(fixture('seed002_fix.py'), 'SEED002');
    assert.strictEqual(applied, 4);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED002'] }), []);
    assert.deepStrictEqual(runText(source), runText(source));
  });

  it('SEED003: every task of a pool, an executor and joblib gets its own child seed, the same on every run', function () {
    this.timeout(120000);
    const original = fixture('seed003_fix.py');
    // The fixture shows the bug the fix is for: the pool's tasks all draw the same number.
    assert.ok(!distinct(run(original)[0]));
    const { source, applied } = applyAll(original, 'SEED003');
    assert.strictEqual(applied, 3);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED003'] }), []);
    const first = run(source);
    for (const results of first) assert.ok(distinct(results), JSON.stringify(results));
    assert.deepStrictEqual(run(source), first);
  });

  it('SEED004: re-seeds move before their loop or go; what is left is valid Python with only loop-varying seeds (information)', () => {
    const { source, applied } = applyAll(fixture('SEED004.py'), 'SEED004');
    assert.ok(applied >= 3);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED004'] }).map((f) => f.severity), ['information', 'information', 'information']);
    runText(`import ast\nast.parse(${JSON.stringify(source)})\n`);
  });

  it('SEED006: every rejected seed is replaced by one the library takes, and the fixture then runs', () => {
    const { source, applied } = applyAll(fixture('SEED006.py'), 'SEED006');
    assert.strictEqual(applied, fixture('SEED006.py').split('# expect: SEED006').length - 1);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED006'] }), []);
    runText(source);
  });

  it('SEED007: every volatile seed is printed before it is used, and the fixture then runs', () => {
    const original = fixture('SEED007.py');
    const { source, applied } = applyAll(original, 'SEED007');
    assert.strictEqual(applied, original.split('# expect: SEED007').length - 1);
    assert.deepStrictEqual(lintSource(source, { select: ['SEED007'] }), []);
    const seedLines = (program: string): number => runText(program).split('\n').filter((l) => /^seed\d* = \d+$/.test(l)).length;
    assert.strictEqual(seedLines(source), seedLines(original) + applied);
  });

  it('SEED005: each copy of a seed becomes a child of it; the generators then draw apart, the same on every run', () => {
    const original = fixture('SEED005.py');
    const { source, applied } = applyAll(original, 'SEED005');
    assert.strictEqual(applied, 6);
    // Left: random.Random, which takes no SeedSequence.
    assert.deepStrictEqual(lintSource(source, { select: ['SEED005'] }).map((f) => source.slice(f.from, f.to)), ['random.Random(1)']);
    const draws = 'import json\nprint(json.dumps([[a.random(), b.random()], [d.rand(), e.rand()], [j.random(), k.random(), np.random.Generator(m).random()], [test_two()[0], test_two()[1]]]))\n';
    const first = run(source + draws);
    for (const group of first) assert.ok(distinct(group), JSON.stringify(group));
    assert.deepStrictEqual(run(source + draws), first);
    assert.ok(!run(original + draws).every(distinct)); // before the fix, copies draw the same numbers
  });

  it("every rule's fixes together converge on every fixture and example, and leave code Python parses", () => {
    const dirs = [path.join(FIXTURES, 'lint'), path.join(FIXTURES, '..', '..', 'examples')];
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.py')).map((f) => path.join(d, f)));
    const fixed = files.map((f) => applyAll(fs.readFileSync(f, 'utf8')));
    assert.ok(fixed.reduce((n, f) => n + f.applied, 0) > 50);
    // One python3 for all files: the names of those it cannot parse.
    const check = 'import ast, json, sys\nbad = []\nfor name, text in json.load(sys.stdin):\n    try:\n        ast.parse(text)\n    except SyntaxError:\n        bad.append(name)\nprint(json.dumps(bad))\n';
    const res = spawnSync(DEBIAN_PYTHON, ['-c', check], { input: JSON.stringify(files.map((f, i) => [path.basename(f), fixed[i].source])), encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(res.stdout), []);
  });
});
