/**
 * Live differential test: random seeds (small and huge ints, int lists) for every bit generator,
 * compared with the NumPy installed here. Skipped only when python3 cannot import numpy
 * (CI installs it).
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { sha256 } from '@noble/hashes/sha256';
import { hasNumpy, pythonJson } from '../support/python';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

/** Deterministic case list (a fixed LCG), so a failure is reproducible. */
function cases(n: number): Array<{ bitgen: string; seed: string | string[] }> {
  let x = 0x2545f4914f6cdd1dn;
  const next = (): bigint => (x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n));
  const names = Object.keys(CTORS);
  return Array.from({ length: n }, (_, i) => {
    const r = next();
    const kind = Number(r % 3n);
    const seed = kind === 0 ? (r >> 40n).toString() : kind === 1 ? ((r << 64n) | next()).toString() : [(r >> 33n).toString(), (next() >> 50n).toString()];
    return { bitgen: names[i % names.length], seed };
  });
}

const toSeed = (s: string | string[]): unknown => (Array.isArray(s) ? s.map(BigInt) : BigInt(s));

describe('live differential: bit generators vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('raw outputs, doubles and 32-bit draws agree on 500 random seeds', () => {
    const list = cases(500);
    const script = `
import json, sys, numpy as np
out = []
for c in json.load(sys.stdin):
    seed = [int(v) for v in c['seed']] if isinstance(c['seed'], list) else int(c['seed'])
    bg = getattr(np.random, c['bitgen'])(seed)
    g = np.random.Generator(bg)
    out.append([[str(v) for v in bg.random_raw(8)], g.random(8).tolist(), [int(v) for v in g.integers(0, 2**32, 5, dtype=np.uint32)]])
print(json.dumps(out))`;
    const expected = pythonJson<Array<[string[], number[], number[]]>>(script, JSON.stringify(list));
    list.forEach((c, i) => {
      const bg = new CTORS[c.bitgen](toSeed(c.seed));
      const rawOut = Array.from((bg.random_raw(8) as { data: BigUint64Array }).data, String);
      const doubles = Array.from((new Generator(bg).random(8) as { data: Float64Array }).data);
      const u32 = Array.from({ length: 5 }, () => bg.next32());
      assert.deepStrictEqual([rawOut, doubles, u32], expected[i], `${c.bitgen}(${JSON.stringify(c.seed)})`);
    });
  });

  it('legacy RandomState seeding agrees on 300 random int and array seeds', () => {
    const list = cases(300).map((c) => (Array.isArray(c.seed) ? c.seed.map((v) => (BigInt(v) & 0xffffffffn).toString()) : (BigInt(c.seed) & 0xffffffffn).toString()));
    const script = `
import json, sys, numpy as np
out = []
for s in json.load(sys.stdin):
    seed = [int(v) for v in s] if isinstance(s, list) else int(s)
    out.append(np.random.RandomState(seed).random_sample(6).tolist())
print(json.dumps(out))`;
    const expected = pythonJson<number[][]>(script, JSON.stringify(list));
    list.forEach((s, i) => {
      const rs = new RandomState(Array.isArray(s) ? s.map(Number) : Number(s));
      assert.deepStrictEqual(Array.from((rs.random_sample(6) as { data: Float64Array }).data), expected[i], JSON.stringify(s));
    });
  });
});

describe('live differential: bulk (WebAssembly) fills vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  /** SHA-256 of the little-endian bytes, as NumPy's ndarray.tobytes() gives them. */
  const digest = (a: ArrayBufferView): string => Buffer.from(sha256(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))).toString('hex');

  for (const name of ['MT19937', 'PCG64', 'PCG64DXSM']) {
    it(`${name}: 100,003 raw outputs and doubles, every bit`, () => {
      const script = `
import hashlib, json, numpy as np
bg = np.random.${name}(2024)
raw = bg.random_raw(100003)
d = np.random.Generator(bg).random(100003)
print(json.dumps([hashlib.sha256(raw.tobytes()).hexdigest(), hashlib.sha256(d.tobytes()).hexdigest()]))`;
      const [rawHash, doublesHash] = pythonJson<[string, string]>(script);
      const bg = new CTORS[name](2024);
      assert.strictEqual(digest((bg.random_raw(100003) as { data: BigUint64Array }).data), rawHash);
      assert.strictEqual(digest((new Generator(bg).random(100003) as { data: Float64Array }).data), doublesHash);
    });
  }
});
