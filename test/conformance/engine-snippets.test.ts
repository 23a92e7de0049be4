/**
 * The embedded engine against real python3 + NumPy on every snippet in test/snippets: stdout
 * byte for byte, the exit status, and the last line of stderr (Python's `Type: message`). Each
 * snippet also runs with --seed substituted, on both engines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { notebookProgram, runEmbedded } from '../../src/engine/embedded';
import { runPython } from '../../src/engine/python';
import { substituteSeed } from '../../src/engine/seeds';
import { hasNumpy } from '../support/python';

const DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'snippets');
const lastLine = (s: string): string => s.trimEnd().split('\n').pop() ?? '';

describe('embedded engine prints what python3 prints', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    for (const seed of [null, '123']) {
      it(`${file}${seed ? ` with --seed ${seed}` : ''}`, () => {
        const src = seed ? substituteSeed(source, seed) : source;
        const ours = runEmbedded(src, { filename: file, timeoutMs: 20000 });
        const real = runPython(src, { filename: file, timeoutMs: 60000 });
        assert.strictEqual(ours.stdout, real.stdout);
        assert.strictEqual(ours.exitCode, real.exitCode, ours.stderr);
        assert.strictEqual(lastLine(ours.stderr), lastLine(real.stderr));
      });
    }
  }
});

describe('embedded engine limits', () => {
  it('stops an endless loop at the time limit and keeps earlier output', () => {
    const r = runEmbedded('print("start")\nwhile True:\n    pass\n', { timeoutMs: 200 });
    assert.strictEqual(r.stdout, 'start\n');
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stderr, /stopped: timed out after 0.2 s/);
  });

  it('stops when cancelled', () => {
    let polls = 0;
    const r = runEmbedded('x = 0\nwhile True:\n    x += 1\n', { cancelled: () => ++polls > 3 });
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stderr, /cancelled/);
  });

  it('refuses imports outside the subset with one clear line', () => {
    const r = runEmbedded('print(1)\nimport os\nprint(2)\n');
    assert.strictEqual(r.stdout, '1\n');
    assert.strictEqual(r.stderr, "SeedLab: import os is not supported by SeedLab's embedded engine; run it with --engine python\n");
  });

  it('refuses huge arrays with a limit in the message', () => {
    const r = runEmbedded('import numpy as np\nnp.zeros(10**9)\n');
    assert.match(r.stderr, /MemoryError: .*refuses arrays over 100000000 elements/);
  });

  it('refuses huge draws with the same limit, before the core allocates (every sampling API)', () => {
    const draws = ['np.random.rand(2**40)', 'np.random.randn(2, 2**40)', 'rng.random(2**40)', 'rng.integers(0, 5, size=(2**20, 2**20))',
      'np.random.choice([1.5, 2.5], 2**70)', 'rng.choice(5, 2**40)', 'np.random.permutation(2**40)', 'rng.normal(0, 1, 2**40)'];
    for (const draw of draws) {
      const r = runEmbedded(`import numpy as np\nnp.random.seed(1)\nrng = np.random.default_rng(1)\n${draw}\n`);
      assert.match(r.stderr, /MemoryError: .*refuses arrays over 100000000 elements/, draw);
    }
  });

  it('reports a syntax error with its line number', () => {
    const r = runEmbedded('x = 1\ny = (2 +\n', { filename: 's.py' });
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stderr, /File "s.py", line \d/);
    assert.match(lastLine(r.stderr), /^SyntaxError/);
  });
});

describe('--seed substitution', () => {
  it('replaces the seed of every seeding call and adds one where missing', () => {
    const src = 'import numpy as np, random\nnp.random.seed(1)\nrng = np.random.default_rng()\nrandom.seed(a=5)\nss = np.random.SeedSequence(3)\nx = foo(4)\n';
    assert.strictEqual(substituteSeed(src, '99'), 'import numpy as np, random\nnp.random.seed(99)\nrng = np.random.default_rng(99)\nrandom.seed(a=99)\nss = np.random.SeedSequence(99)\nx = foo(4)\n');
  });
});

describe('notebook cells on the embedded engine', () => {
  it("prints only the cell's output and counts traceback lines from the cell", () => {
    const r = runEmbedded(notebookProgram(['import numpy as np\nprint("above")', 'x = 1'], 'print(x)\nnp.random.seed(-1)'), { filename: 'cell 3' });
    assert.strictEqual(r.stdout, '1\n');
    assert.match(r.stderr, /File "cell 3", line 2, in <module>\n    np.random.seed\(-1\)\nValueError: Seed must be between 0 and 2\*\*32 - 1\n$/);
  });

  it("notes, apart from Python's output, the line of a multivariate_normal whose samples depend on the NumPy build", () => {
    const src = 'import numpy as np\nrng = np.random.default_rng(1)\nfor _ in range(3):\n    x = rng.multivariate_normal([0, 0, 0], 0.5 * np.eye(3) + 0.5)\ny = rng.multivariate_normal([0, 0], np.eye(2))\nprint(x.shape)\n';
    const r = runEmbedded(src);
    assert.strictEqual(r.stdout, '(3,)\n');
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.notes?.length, 1, 'once for the loop, none for the identity');
    assert.match(r.notes[0], /^line 4: multivariate_normal: the covariance has a repeated singular value \(0\.5\).*method='cholesky'/);
    const cell = runEmbedded(notebookProgram([src], 'print(1)'));
    assert.deepStrictEqual(cell.notes, [], 'notes of the cells above are not repeated');
  });

  it('says which cell above failed instead of running this one', () => {
    const r = runEmbedded(notebookProgram(['print(undefined_name)'], 'print("never")'));
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(r.stderr, "SeedLab: a cell above raised NameError: name 'undefined_name' is not defined; fix it to run this one\n");
  });
});

describe('NumPy scalar repr', () => {
  it("prints np.float64(...) as NumPy 2 does, and NumPy 1.x's plain form when asked", () => {
    const src = 'import numpy as np\nx = np.array([0.5, 2.0])\nprint(repr(x.mean()), [x[0], x.sum()])\n';
    const real = runPython(src);
    assert.strictEqual(runEmbedded(src).stdout, real.stdout);
    const legacy = 'import numpy as np\nnp.set_printoptions(legacy="1.25")\n' + src.split('\n').slice(1).join('\n');
    assert.strictEqual(runEmbedded(legacy).stdout, runPython(legacy).stdout);
    assert.strictEqual(runEmbedded(src, { numpy1Scalars: true }).stdout, runPython(legacy).stdout);
  });
});
