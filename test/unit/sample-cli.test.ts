/** `seedlab sample`: formats, errors and exit codes; values checked against real NumPy. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli.test';
import { DEBIAN_PYTHON, hasNumpy, runPython } from '../support/python';

describe('seedlab sample', () => {
  it('prints PCG64(42).random_raw(3) as NumPy does', async function () {
    if (!hasNumpy()) this.skip();
    const r = await cli('sample', '--api', 'generator', '--seed', '42', '--dist', 'random_raw', '--size', '3', '--format', 'json');
    assert.strictEqual(r.code, 0, r.stderr);
    const expected = runPython('import numpy as np, json; print(json.dumps([int(v) for v in np.random.PCG64(42).random_raw(3)]))');
    assert.deepStrictEqual(r.stdout.trim(), expected.trim().replace(/\s/g, '').replace(/,/g, ', '));
  });

  it('json floats parse back to NumPy\'s exact doubles, nested for 2-d sizes', async function () {
    if (!hasNumpy()) this.skip();
    const r = await cli('sample', '--api', 'legacy', '--seed', '42', '--dist', 'random_sample', '--size', '2,3');
    assert.strictEqual(r.code, 0, r.stderr);
    const expected = JSON.parse(runPython('import numpy as np, json; print(json.dumps(np.random.RandomState(42).random_sample((2,3)).tolist()))'));
    assert.deepStrictEqual(JSON.parse(r.stdout), expected);
  });

  it('serves multivariate_normal: rows of size x n, NumPy 1.24 (reference LAPACK) bit for bit, NumPy 2.x within 1e-13', async function () {
    if (!hasNumpy()) this.skip();
    const r = await cli('sample', '--api', 'legacy', '--seed', '3', '--dist', 'multivariate_normal', 'mean=[1, 2]', 'cov=[[2, 0.5], [0.5, 1]]', '--size', '3', '--format', 'json');
    assert.strictEqual(r.code, 0, r.stderr);
    const ours = JSON.parse(r.stdout) as number[][];
    const script = 'import numpy as np, json; print(json.dumps(np.random.RandomState(3).multivariate_normal([1, 2], [[2, 0.5], [0.5, 1]], 3).tolist()))';
    const numpy2 = JSON.parse(runPython(script)) as number[][];
    const scale = Math.max(...numpy2.flat().map(Math.abs));
    assert.ok(ours.flat().every((v, i) => Math.abs(v - numpy2.flat()[i]) <= 1e-13 * scale), `${r.stdout} vs ${JSON.stringify(numpy2)}`);
    if (hasNumpy(DEBIAN_PYTHON)) assert.deepStrictEqual(ours, JSON.parse(runPython(script, '', DEBIAN_PYTHON)));
  });

  it('writes a .npy file that np.load reads with the same values', async function () {
    if (!hasNumpy()) this.skip();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-')), 'a.npy');
    const r = await cli('sample', '--api', 'generator', '--bitgen', 'philox', '--seed', '7', '--dist', 'random', '--size', '4,5', '--format', 'npy', '--out', out);
    assert.strictEqual(r.code, 0, r.stderr);
    const ok = runPython(`import numpy as np; a = np.load(${JSON.stringify(out)}); b = np.random.Generator(np.random.Philox(7)).random((4,5)); print(a.dtype, a.shape, bool((a == b).all()))`);
    assert.strictEqual(ok.trim(), 'float64 (4, 5) True');
  });

  it('writes uint64 raw draws to .npy exactly', async function () {
    if (!hasNumpy()) this.skip();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-')), 'r.npy');
    const r2 = await cli('sample', '--api', 'generator', '--bitgen', 'sfc64', '--seed', '18446744073709551616', '--dist', 'random_raw', '--size', '6', '--format', 'npy', '--out', out);
    assert.strictEqual(r2.code, 0, r2.stderr);
    const ok = runPython(`import numpy as np; a = np.load(${JSON.stringify(out)}); print(a.dtype, bool((a == np.random.SFC64(2**64).random_raw(6)).all()))`);
    assert.strictEqual(ok.trim(), 'uint64 True');
  });

  it('csv and text formats put one row per line', async () => {
    const csv = await cli('sample', '--api', 'generator', '--seed', '1', '--dist', 'random_raw', '--size', '2,3', '--format', 'csv');
    assert.strictEqual(csv.stdout.trim().split('\n').length, 2);
    assert.strictEqual(csv.stdout.split('\n')[0].split(',').length, 3);
    const text = await cli('sample', '--api', 'generator', '--seed', '1', '--dist', 'random_raw', '--size', '2,3', '--format', 'text');
    assert.strictEqual(text.stdout.split('\n')[0].split(' ').length, 3);
  });

  it('calls Python methods --size times', async function () {
    if (!hasNumpy()) this.skip();
    const r = await cli('sample', '--api', 'python', '--seed', "'hello'", '--dist', 'random', '--size', '4');
    const expected = JSON.parse(runPython("import random, json; r = random.Random('hello'); print(json.dumps([r.random() for _ in range(4)]))"));
    assert.deepStrictEqual(JSON.parse(r.stdout), expected);
  });

  it("gives NumPy's error verbatim for a rejected seed (exit 1)", async () => {
    const r = await cli('sample', '--api', 'legacy', '--seed', '-1', '--dist', 'random_sample');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, 'ValueError: Seed must be between 0 and 2**32 - 1\n');
  });

  it('names the valid distributions for an unknown one (exit 2)', async () => {
    const r = await cli('sample', '--api', 'legacy', '--seed', '1', '--dist', 'nope');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^seedlab sample: unknown --dist 'nope' for --api legacy; valid: random_raw, .*random_sample/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
  });

  it('names the valid parameters for an unknown one (exit 2)', async () => {
    const r = await cli('sample', '--api', 'generator', '--seed', '1', '--dist', 'random', 'scale=2');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown parameter 'scale' for random; valid: dtype/);
  });

  it('rejects a bit generator that does not exist (exit 2)', async () => {
    const r = await cli('sample', '--api', 'generator', '--bitgen', 'xorshift', '--seed', '1', '--dist', 'random');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown --bitgen 'xorshift'; valid: pcg64, pcg64dxsm, mt19937, philox, sfc64/);
  });
});
