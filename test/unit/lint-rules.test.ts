/**
 * Each rule against its fixture (test/fixtures/lint/SEED00N.py, Ruff's fixture-per-rule habit):
 * the lines marked `# expect: SEED00N` are exactly the lines the rule reports.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lineIndex, lintSource } from '../../src/analysis/lint';
import { FIXTURES, readFixture } from '../support/fixtures';

const DIR = path.join(FIXTURES, 'lint');

function expectedLines(source: string, code: string): number[] {
  return source.split('\n').flatMap((l, i) => (l.includes(`# expect: ${code}`) ? [i + 1] : []));
}

function reportedLines(source: string, code: string): number[] {
  const pos = lineIndex(source);
  return [...new Set(lintSource(source, { select: [code] }).map((f) => pos(f.from).line))].sort((a, b) => a - b);
}

describe('lint rules on their fixtures', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => /^SEED\d{3}\.py$/.test(f))) {
    const code = file.slice(0, 7);
    it(`${code} reports exactly the marked lines`, () => {
      const source = fs.readFileSync(path.join(DIR, file), 'utf8');
      const expected = expectedLines(source, code);
      assert.ok(expected.length > 0);
      assert.deepStrictEqual(reportedLines(source, code), expected);
    });
  }

  it("frameworks' seed-everything helpers seed what they were found to seed; torch draws with a generator are not global", () => {
    const source = fs.readFileSync(path.join(DIR, 'seed_helpers.py'), 'utf8');
    const codes = ['SEED001', 'SEED004', 'SEED007', 'SEED008'];
    const marked = source.split('\n').flatMap((l, i) => (/# expect: (.*)$/.exec(l)?.[1].split(/,\s*/) ?? []).map((c) => `${i + 1}:${c}`));
    const pos = lineIndex(source);
    const found = lintSource(source, { select: codes }).map((f) => `${pos(f.from).line}:${f.code}`);
    assert.deepStrictEqual(found, marked);
  });

  it('SEED004 in a loop: a seed the loop changes is information with a generator of its own, a constant one a warning', () => {
    const src = 'import random\nimport numpy as np\nfor i in range(3):\n    random.seed(i)\n    np.random.seed(5)\n    print(random.random())\n';
    const found = lintSource(src, { select: ['SEED004'] }).map((f) => [f.severity, f.message.match(/e\.g\. (.*)\.$/)?.[1] ?? '']);
    assert.deepStrictEqual(found, [['information', 'random.Random(i)'], ['warning', '']]);
  });

  it('SEED004 in a loop: an attribute the loop body assigns makes the seed vary', () => {
    const src = 'import numpy as np\nclass Feeder:\n    def batches(self):\n        while True:\n            np.random.seed(self.seed + self.seen)\n            yield np.random.rand(2)\n            self.seen += 1\n';
    assert.deepStrictEqual(lintSource(src, { select: ['SEED004'] }).map((f) => f.severity), ['information']);
  });

  it('a finding in a function called from several places is reported once', () => {
    const src = 'import numpy as np\ndef step():\n    for i in range(3):\n        np.random.seed(5)\nstep()\nstep()\n';
    assert.strictEqual(lintSource(src, { select: ['SEED004'] }).length, 1);
  });

  it("SEED008 is quiet once NumPy's global state is seeded", () => {
    const source = fs.readFileSync(path.join(DIR, 'seed008_seeded.py'), 'utf8');
    assert.deepStrictEqual(lintSource(source, { select: ['SEED008'] }), []);
  });

  it('follows calls into functions defined in the file (execution order)', () => {
    const source = fs.readFileSync(path.join(DIR, 'execution_order.py'), 'utf8');
    assert.deepStrictEqual(lintSource(source, { select: ['SEED001', 'SEED004'] }), []);
  });

  it('names shadowed by the user are not the library', () => {
    const source = fs.readFileSync(path.join(DIR, 'shadowing.py'), 'utf8');
    assert.deepStrictEqual(lintSource(source), []);
  });

  it('# noqa suppresses every rule and # noqa: CODE only that rule', () => {
    const src = 'import numpy as np\na = np.random.rand(2)  # noqa\nb = np.random.rand(2)  # noqa: SEED001\n';
    const codes = lintSource(src).map((f) => `${lineIndex(src)(f.from).line}:${f.code}`);
    assert.deepStrictEqual(codes, ['3:SEED002']);
  });

  it('quick fixes produce the documented rewrites', () => {
    const src = 'import numpy as np\nnp.random.seed(3)\na = np.random.rand(2, 3)\nb = np.random.random_integers(1, 6)\n';
    // Each finding's own rewrite: the edit replacing its call (a fix may also define rng or rewrite later calls).
    const fixes = lintSource(src, { select: ['SEED002'] }).map((f) => f.fix!.edits.find((e) => e.from === f.from && e.to === f.to)!.insert);
    assert.deepStrictEqual(fixes, ['rng = np.random.default_rng(3)', 'rng.random((2, 3))', 'rng.integers(1, 6, endpoint=True)']);
  });

  it("SEED002's fix for np.random.seed moves the legacy calls it governs to the Generator too, or is not offered", () => {
    const src = 'import numpy as np\nnp.random.seed(3)\na = np.random.rand(2)\nnp.random.seed(4)\ns = np.random.get_state()\n';
    const [first, , second] = lintSource(src, { select: ['SEED002'] });
    assert.deepStrictEqual(first.fix!.edits.map((e) => e.insert), ['rng = np.random.default_rng(3)', 'rng.random(2)']);
    assert.strictEqual(second.fix, undefined); // get_state has no Generator equivalent: it would be left unseeded
  });

  it("SEED002's fix title shows NumPy's values before and after the rewrite", () => {
    const fresh = readFixture('bitgen', 'streams.json').fresh;
    const short = (v: number): string => String(Number(v.toPrecision(4)));
    const before = (fresh['RandomState(42).random_sample(10)'] as number[]).slice(0, 3).map(short).join(', ');
    const after = (fresh['default_rng(42).random(10)'] as number[]).slice(0, 3).map(short).join(', ');
    const [, draw] = lintSource('import numpy as np\nnp.random.seed(42)\nx = np.random.rand(3)\n', { select: ['SEED002'] });
    assert.strictEqual(draw.fix!.title, `Replace with rng.random(3) (values: [${before}] -> [${after}])`);
  });

  it('keeps linting past a syntax error', () => {
    const src = 'import numpy as np\ndef broken(:\n    pass\nx = np.random.rand(3)\n';
    assert.ok(lintSource(src).some((f) => f.code === 'SEED002'));
  });
});
