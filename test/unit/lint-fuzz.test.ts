/** Robustness: 10,000 mutated Python files (truncated, random bytes, deep nesting, huge lines) never make the linter throw. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintSource } from '../../src/analysis/lint';
import { buildModel, executionOrder, ORDER_BUDGET_BASE, ORDER_BUDGET_PER_CALL } from '../../src/analysis/model';
import { FIXTURES } from '../support/fixtures';

const corpus = fs.readdirSync(path.join(FIXTURES, 'lint')).map((f) => fs.readFileSync(path.join(FIXTURES, 'lint', f), 'utf8'));

describe('lint fuzz', () => {
  it('survives 10,000 mutated sources without throwing', () => {
    let x = 12345;
    const rnd = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    for (let i = 0; i < 10000; i++) {
      let src = corpus[rnd(corpus.length)];
      switch (rnd(7)) {
        case 0: src = src.slice(0, rnd(src.length + 1)); break;
        case 1: src = Array.from(src, (c) => (rnd(20) === 0 ? String.fromCharCode(rnd(0x3000)) : c)).join(''); break;
        case 2: src = `${'('.repeat(rnd(400))}np.random.rand(${')'.repeat(rnd(400))}\n${src}`; break;
        case 3: src = `${src}\nx = ${'np.random.rand(1) + '.repeat(rnd(3000))}1\n`; break;
        case 4: src = `import numpy as np\n${'    '.repeat(rnd(60))}if x:\n`.repeat(rnd(50)) + src; break;
        case 5: src = `${src}\n${fanOut(1 + rnd(12), 1 + rnd(12))}`; break;
        default: { const a = rnd(src.length + 1); src = src.slice(0, a) + src.slice(rnd(src.length + 1)); }
      }
      assert.doesNotThrow(() => lintSource(src));
      // The work stays linear in the file: a deterministic bound instead of a time limit.
      if (i % 10 === 0) assertLinearOrder(src);
    }
  });

  it('lints calls that fan out through nested functions (10^9 inlined calls naively) within a linear budget', () => {
    const src = fanOut(9, 10);
    const findings = lintSource(src);
    assert.ok(findings.some((f) => f.code === 'SEED001'), 'the first unseeded draw is still found');
    assertLinearOrder(src);
  });
});

/** `depth` functions, each drawing once and calling the next `width` times, and a call of the first. */
function fanOut(depth: number, width: number): string {
  const lines = ['import numpy as np'];
  for (let i = 0; i < depth; i++) lines.push(`def f${i}():`, '    np.random.rand()', ...Array.from({ length: width }, () => `    f${i + 1}()`));
  lines.push(`def f${depth}():`, '    np.random.rand()', 'f0()');
  return `${lines.join('\n')}\n`;
}

function assertLinearOrder(src: string): void {
  const model = buildModel(src);
  const order = executionOrder(model).length;
  const bound = ORDER_BUDGET_PER_CALL * model.calls.length + ORDER_BUDGET_BASE + 8 * model.calls.length;
  assert.ok(order <= bound, `execution order of ${order} entries for ${model.calls.length} calls`);
}
