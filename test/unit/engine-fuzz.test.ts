/**
 * Robustness of the embedded engine: mutated snippets from the corpus (lines dropped, numbers
 * swapped for bad values, characters deleted, arguments doubled, bad axis/size/dtype keywords)
 * end as Python errors, clear "not supported" lines or stops at the time limit, never as an
 * engine bug. They run as the extension runs them: in a worker thread that the host stops from
 * outside when one step (a huge allocation, a giant power) outlasts the engine's own limit.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runInWorker } from '../../src/engine/workerRunner';

const root = path.resolve(__dirname, '..', '..', '..');
const dir = path.join(root, 'test', 'snippets');
const corpus = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const workerScript = path.join(root, 'dist', 'engine-worker.js');

describe('embedded engine fuzz', () => {
  it('ends 400 mutated snippets without an internal error', async () => {
    let x = 4242;
    const rnd = (n: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    const BAD = ['0', '-1', '1e308', '2**70', "'x'", 'None', '[]', '3.5', 'float("nan")'];
    const mutations: Array<(s: string) => string> = [
      (s) => { const l = s.split('\n'); l.splice(rnd(l.length), 1); return l.join('\n'); },
      (s) => s.replace(/\d+/g, (m) => (rnd(8) === 0 ? BAD[rnd(BAD.length)] : m)),
      (s) => { const i = rnd(s.length); return s.slice(0, i) + s.slice(i + 1); },
      (s) => s.replace(/\b(size|axis|dtype)=/g, (m) => (rnd(3) === 0 ? ['size=-1, ', 'axis=5, ', 'dtype=None, '][rnd(3)] + m : m)),
      (s) => s.replace(/\(([^()]*)\)/g, (m, inner) => (rnd(10) === 0 ? `(${inner}, ${inner})` : m)),
    ];
    const failures: string[] = [];
    for (let i = 0; i < 400; i++) {
      let src = corpus[rnd(corpus.length)];
      for (let k = 0; k <= rnd(3); k++) src = mutations[rnd(mutations.length)](src);
      const r = await runInWorker(workerScript, src, { timeoutMs: 200 }).result;
      if (r.stderr.includes('internal error') || ![0, 1].includes(r.exitCode)) failures.push(`${r.stderr.trim()}\n--- snippet ---\n${src}`);
    }
    assert.deepStrictEqual(failures.slice(0, 3), []);
  });
});
