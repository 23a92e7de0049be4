/** `seedlab sample`: values from fixtures written by real NumPy/CPython; npy checked with python3. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Json, fromHex, loadFixture } from '../conformance/bitgen/fixtures';
import { hasNumpy, runPython } from '../support/python';
import { cli } from './cli.test';

const fx = loadFixture();

describe('seedlab sample', () => {
  for (const c of fx.cli as Json[]) {
    it(c.argv.join(' '), async () => {
      const r = await cli('sample', ...c.argv, '--format', 'json');
      if (c.stderr) {
        assert.strictEqual(r.code, 1);
        assert.strictEqual(r.stderr, `${c.stderr}\n`);
        return;
      }
      assert.strictEqual(r.code, 0, r.stderr);
      if (c.ints) {
        // Compare the digits themselves: JSON.parse would round integers beyond 2**53.
        assert.strictEqual(r.stdout, `[${c.ints.join(', ')}]\n`);
      } else {
        const got = JSON.parse(r.stdout);
        const want = c.floats.map(fromHex);
        if (c.shape === null) assert.strictEqual(got, want[0]);
        else assert.deepStrictEqual([got].flat(c.shape.length), want);
        if (c.shape && c.shape.length > 1) assert.strictEqual(got.length, c.shape[0]);
      }
    });
  }

  it('csv and text put the last axis on one line', async () => {
    const csv = await cli('sample', '--api', 'legacy', '--seed', '42', '--dist', 'random_sample', '--size', '2,2', '--format', 'csv');
    const json = JSON.parse((await cli('sample', '--api', 'legacy', '--seed', '42', '--dist', 'random_sample', '--size', '2,2')).stdout);
    assert.strictEqual(csv.stdout, `${json[0].join(',')}\n${json[1].join(',')}\n`);
    const text = await cli('sample', '--api', 'legacy', '--seed', '42', '--dist', 'random_sample', '--size', '2,2', '--format', 'text');
    assert.strictEqual(text.stdout, `${json[0].join(' ')}\n${json[1].join(' ')}\n`);
  });

  it('an unknown dist exits 2 naming the valid ones', async () => {
    const r = await cli('sample', '--api', 'generator', '--seed', '1', '--dist', 'nope');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^seedlab sample: unknown dist 'nope' for --api generator; valid: .*random.*random_raw/);
    assert.strictEqual(r.stderr.split('\n').length, 2);
  });

  it('an unknown parameter exits 2 naming the valid ones', async () => {
    const r = await cli('sample', '--api', 'generator', '--seed', '1', '--dist', 'random', 'scale=2');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, "seedlab sample: unknown parameter 'scale' for random; valid: dtype\n");
  });

  it('--format npy writes a file np.load reads back identically', async function () {
    if (!hasNumpy()) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-npy-'));
    const cases: [string[], string][] = [
      [['--api', 'generator', '--seed', '42', '--dist', 'random', '--size', '2,3'], 'np.random.default_rng(42).random((2,3))'],
      [['--api', 'generator', '--seed', '9', '--bitgen', 'pcg64dxsm', '--dist', 'random_raw', '--size', '5'], 'np.random.PCG64DXSM(9).random_raw(5)'],
      [['--api', 'legacy', '--seed', '3', '--dist', 'random_sample', '--size', '2,1,70'], 'np.random.RandomState(3).random_sample((2,1,70))'],
    ];
    for (const [argv, expr] of cases) {
      const file = path.join(dir, 'a.npy');
      const r = await cli('sample', ...argv, '--format', 'npy', '--out', file);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = runPython(`import numpy as np\na = np.load(${JSON.stringify(file)})\nb = ${expr}\nprint(a.dtype == b.dtype and a.shape == b.shape and bool((a == b).all()))`);
      assert.strictEqual(out.trim(), 'True', argv.join(' '));
    }
    fs.rmSync(dir, { recursive: true });
  });
});
