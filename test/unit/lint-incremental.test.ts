/**
 * The editor's incremental analysis (a tree re-parsed from recorded edits, statement facts reused
 * from a model cache) must report exactly what a from-scratch analysis of the same text reports,
 * after every edit of a long random sequence over the rule fixtures and the bench file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parser } from '@lezer/python';
import { IncrementalParser } from '../../src/analysis/incremental';
import { lintSource } from '../../src/analysis/lint';
import { buildModel, ModelCache } from '../../src/analysis/model';
import { generate } from '../bench/lint.bench';
import { FIXTURES } from '../support/fixtures';

const lintDir = path.join(FIXTURES, 'lint');
const corpus = fs.readdirSync(lintDir).filter((f) => f.endsWith('.py')).map((f) => fs.readFileSync(path.join(lintDir, f), 'utf8'));
/** Pieces an edit inserts: whole lines from the fixtures, and fragments that break or join statements. */
const pieces = [
  ...corpus.flatMap((s) => s.split('\n').map((l) => `${l}\n`)),
  '\n', '    ', '(', ')', ':', 'import numpy as np\n', 'np = 3\n', 'np.random.seed(3)\n', 'for i in range(3):\n    ', 'def g():\n', '"""', '#', 'x = ',
];

function findings(source: string, options: Parameters<typeof lintSource>[1] = {}): string {
  return JSON.stringify(lintSource(source, options));
}

describe('incremental lint: the editor path equals a fresh analysis', () => {
  it('after each of 600 random edits (deletions, inserted lines and fragments) over every fixture and the bench file', () => {
    let x = 20261128;
    const rnd = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    const documents = [...corpus, generate(600)];
    let edits = 0, cacheHits = 0;
    for (const start of documents) {
      let source = start;
      const doc = new IncrementalParser();
      assert.strictEqual(findings(source, { tree: doc.parse(source), cache: doc.modelCache }), findings(source));
      const rounds = Math.ceil(600 / documents.length);
      for (let r = 0; r < rounds; r++) {
        const from = rnd(source.length + 1);
        const to = Math.min(source.length, from + (rnd(3) === 0 ? rnd(40) : 0));
        const insert = rnd(4) === 0 ? '' : pieces[rnd(pieces.length)];
        source = source.slice(0, from) + insert + source.slice(to);
        doc.edit([{ from, to, insertLength: insert.length }]);
        const tree = doc.parse(source);
        assert.strictEqual(findings(source, { tree, cache: doc.modelCache }), findings(source), `edit ${r} of a fixture: ${JSON.stringify(insert)} at ${from}..${to}`);
        cacheHits += doc.modelCache.reused;
        edits++;
      }
    }
    assert.ok(edits >= 600 && cacheHits > 10 * edits, `${cacheHits} statements reused over ${edits} edits`);
  });

  it('reuses the facts of unchanged statements: a one-line edit walks one statement again', () => {
    const source = generate(2000);
    const cache = new ModelCache();
    const first = buildModel(source, undefined, cache);
    const at = source.indexOf('\nnp.random.seed(', source.length / 2) + 1;
    const edited = `${source.slice(0, at)}np.random.seed(123457)\n${source.slice(at)}`;
    const again = buildModel(edited, undefined, cache);
    assert.strictEqual(cache.walked, 1, 'only the inserted statement is walked');
    assert.strictEqual(cache.reused, first.calls.length > 0 ? countTop(edited) - 1 : 0);
    // Calls after the edit are the same facts moved by the inserted line's length.
    const moved = first.calls.filter((c) => c.from >= at);
    const shift = 'np.random.seed(123457)\n'.length;
    assert.deepStrictEqual(again.calls.filter((c) => c.from >= at + shift).map((c) => [c.callee, c.from - shift]), moved.map((c) => [c.callee, c.from]));
    assert.strictEqual(again.calls.length, first.calls.length + 1);
  });
});

/** Top-level statements of a source, counted on a fresh parse. */
function countTop(source: string): number {
  let n = 0;
  for (let c = parser.parse(source).topNode.firstChild; c; c = c.nextSibling) n++;
  return n;
}
