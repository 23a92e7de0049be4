/**
 * Live differential test: fresh random seeds every run, compared with the installed NumPy and
 * CPython in one python3 call. Skipped when python3 cannot import numpy. Seeds are printed on
 * failure so any mismatch can be replayed.
 */
import * as assert from 'assert';
import {
  BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, Random, RandomState, SFC64, SeedSequence, default_rng,
} from '../../../src/core';
import { SeedLike } from '../../../src/core/bitgen/base';
import { hasNumpy, pythonJson } from '../../support/python';

const CLASSES: Record<string, new (seed?: SeedLike) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

function randomBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(Math.random() * 65536));
  return v & ((1n << BigInt(bits)) - 1n);
}

const ORACLE = String.raw`
import json, sys, random
import numpy as np
cases = json.load(sys.stdin)
out = []
for c in cases:
    k = c['kind']
    if k == 'bitgen':
        bg = getattr(np.random, c['name'])(int(c['seed']))
        raw = [str(int(x)) for x in bg.random_raw(40)]
        ct = bg.ctypes
        u32 = [str(ct.next_uint32(ct.state)) for _ in range(5)]
        dbl = [float(x).hex() for x in np.random.Generator(bg).random(7)]
        jumped = [str(int(x)) for x in bg.jumped(2).random_raw(3)] if hasattr(bg, 'jumped') else None
        out.append({'raw': raw, 'u32': u32, 'dbl': dbl, 'jumped': jumped})
    elif k == 'legacy':
        seed = [int(x) for x in c['seed']] if isinstance(c['seed'], list) else int(c['seed'])
        out.append([float(x).hex() for x in np.random.RandomState(seed).random_sample(25)])
    elif k == 'python':
        r = random.Random(int(c['seed']) if c['int'] else c['seed'])
        out.append([r.random().hex() for _ in range(5)] + [str(r.getrandbits(77))])
    elif k == 'seedseq':
        ss = np.random.SeedSequence([int(x) for x in c['entropy']])
        kid = ss.spawn(3)[2]
        out.append([str(int(x)) for x in kid.generate_state(6)])
    elif k == 'spawn':
        g = np.random.default_rng(int(c['seed'])).spawn(2)[1]
        out.append([float(x).hex() for x in g.random(4)])
print(json.dumps(out))
`;

const hex = (x: number): string => {
  // Python's float.hex() for finite doubles in [0, 1).
  if (x === 0) return '0x0.0p+0';
  const e = Math.floor(Math.log2(x));
  let exp = e;
  let m = x / 2 ** exp;
  if (m >= 2) { m /= 2; exp++; } else if (m < 1) { m *= 2; exp--; }
  const frac = Math.round((m - 1) * 2 ** 52).toString(16).padStart(13, '0');
  return `0x1.${frac}p${exp >= 0 ? '+' : ''}${exp}`;
};

describe('bitgen: live differential against NumPy (random seeds)', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('matches NumPy and CPython on fresh seeds', () => {
    const cases: Record<string, unknown>[] = [];
    for (const name of Object.keys(CLASSES)) {
      for (let i = 0; i < 3; i++) cases.push({ kind: 'bitgen', name, seed: randomBig(8 + Math.floor(Math.random() * 120)).toString() });
    }
    for (let i = 0; i < 4; i++) cases.push({ kind: 'legacy', seed: randomBig(32).toString() });
    for (let i = 0; i < 3; i++) {
      cases.push({ kind: 'legacy', seed: Array.from({ length: 1 + Math.floor(Math.random() * 700) }, () => randomBig(32).toString()) });
    }
    for (let i = 0; i < 3; i++) cases.push({ kind: 'python', int: true, seed: (randomBig(100) - (1n << 99n)).toString() });
    cases.push({ kind: 'python', int: false, seed: `seed-${randomBig(40)}` });
    for (let i = 0; i < 3; i++) cases.push({ kind: 'seedseq', entropy: [randomBig(64).toString(), randomBig(20).toString()] });
    for (let i = 0; i < 3; i++) cases.push({ kind: 'spawn', seed: randomBig(64).toString() });

    const expected = pythonJson<unknown[]>(ORACLE, JSON.stringify(cases));
    const got = cases.map((c) => {
      switch (c.kind) {
        case 'bitgen': {
          const bg = new CLASSES[c.name as string](BigInt(c.seed as string));
          const raw = Array.from((bg.random_raw(40) as { data: BigUint64Array }).data, String);
          const u32 = Array.from({ length: 5 }, () => String(bg.next32()));
          const d = new Float64Array(7);
          bg.fillDoubles(d);
          const j = bg as unknown as { jumped?: (n: number) => BitGenerator };
          const jumped = j.jumped ? Array.from((j.jumped(2).random_raw(3) as { data: BigUint64Array }).data, String) : null;
          return { raw, u32, dbl: Array.from(d, hex), jumped };
        }
        case 'legacy': {
          const seed = Array.isArray(c.seed) ? c.seed.map((s) => Number(s)) : Number(c.seed);
          return Array.from((new RandomState(seed).random_sample(25) as { data: Float64Array }).data, hex);
        }
        case 'python': {
          const r = new Random(c.int ? BigInt(c.seed as string) : c.seed);
          return [...Array.from({ length: 5 }, () => hex(r.random())), String(r.getrandbits(77))];
        }
        case 'seedseq': {
          const kid = new SeedSequence((c.entropy as string[]).map(BigInt)).spawn(3)[2];
          return Array.from(kid.generate_state(6).data as Uint32Array, String);
        }
        default: {
          const g = default_rng(BigInt(c.seed as string)).spawn(2)[1];
          return Array.from((g.random(4) as { data: Float64Array }).data, hex);
        }
      }
    });
    for (let i = 0; i < cases.length; i++) {
      assert.deepStrictEqual(got[i], expected[i], `case ${JSON.stringify(cases[i]).slice(0, 300)}`);
    }
  });
});
