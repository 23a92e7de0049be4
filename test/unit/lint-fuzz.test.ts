/** Robustness: 10,000 mutated Python files (truncated, random bytes, deep nesting, huge lines) never make the linter throw. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintSource } from '../../src/analysis/lint';
import { FIXTURES } from '../support/fixtures';

const corpus = fs.readdirSync(path.join(FIXTURES, 'lint')).map((f) => fs.readFileSync(path.join(FIXTURES, 'lint', f), 'utf8'));

describe('lint fuzz', () => {
  it('survives 10,000 mutated sources without throwing', () => {
    let x = 12345;
    const rnd = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    for (let i = 0; i < 10000; i++) {
      let src = corpus[rnd(corpus.length)];
      switch (rnd(6)) {
        case 0: src = src.slice(0, rnd(src.length + 1)); break;
        case 1: src = Array.from(src, (c) => (rnd(20) === 0 ? String.fromCharCode(rnd(0x3000)) : c)).join(''); break;
        case 2: src = `${'('.repeat(rnd(400))}np.random.rand(${')'.repeat(rnd(400))}\n${src}`; break;
        case 3: src = `${src}\nx = ${'np.random.rand(1) + '.repeat(rnd(3000))}1\n`; break;
        case 4: src = `import numpy as np\n${'    '.repeat(rnd(60))}if x:\n`.repeat(rnd(50)) + src; break;
        default: { const a = rnd(src.length + 1); src = src.slice(0, a) + src.slice(rnd(src.length + 1)); }
      }
      assert.doesNotThrow(() => lintSource(src));
    }
  });
});
