/** Seeding, states, buffering, advance/jumped and errors against fixtures from real NumPy/CPython. */
import * as assert from 'assert';
import {
  BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, PyError, Random, RandomState, SFC64, SeedSequence, default_rng,
} from '../../../src/core';
import { SeedLike } from '../../../src/core/bitgen/base';
import { Json, fromHex, loadFixture, plain, untag } from './fixtures';

const fx = loadFixture();
const CLASSES: Record<string, new (seed?: SeedLike) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };
const strs = (a: ArrayLike<number | bigint>): string[] => Array.from(a, (x) => String(x));
const raw = (bg: BitGenerator, n: number): string[] => strs((bg.random_raw(n) as { data: BigUint64Array }).data);

function raises(fn: () => unknown, expected: Json): void {
  assert.ok(expected, 'fixture says this call succeeds');
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof PyError, `not a PyError: ${String(e)}`);
    assert.strictEqual(e.pyType, expected.type);
    assert.strictEqual(e.message, expected.message);
    return true;
  });
}

describe('bitgen: SeedSequence', () => {
  for (const c of fx.seedsequence as Json[]) {
    it(`entropy ${JSON.stringify(c.entropy)} spawn_key [${c.spawn_key}]`, () => {
      const ss = new SeedSequence(untag(c.entropy), { spawn_key: c.spawn_key.map(BigInt) });
      assert.deepStrictEqual(strs(ss.pool), c.pool);
      assert.deepStrictEqual(strs(ss.generate_state(7).data as Uint32Array), c.state32);
      assert.deepStrictEqual(strs(ss.generate_state(3, 'uint64').data as BigUint64Array), c.state64);
      const kids = ss.spawn(2);
      assert.deepStrictEqual(kids.map((k) => ({ spawn_key: k.spawn_key.map(String), pool: strs(k.pool) })), c.children);
      assert.strictEqual(ss.n_children_spawned, c.n_children_spawned);
    });
  }
});

describe('bitgen: states after seeding and first draws', () => {
  for (const c of fx.bitgens as Json[]) {
    it(`${c.bitgen}(${JSON.stringify(c.seed)})`, () => {
      const bg = new CLASSES[c.bitgen](untag(c.seed));
      if (c.bitgen === 'MT19937') {
        const mt = bg as MT19937;
        assert.strictEqual(mt.pos, c.pos);
        assert.deepStrictEqual(strs(mt.key.slice(0, 8)), c.key_head);
        assert.strictEqual(String(mt.key.reduce((a, b) => a + b, 0)), c.key_sum);
      } else {
        assert.deepStrictEqual(plain(bg.state), c.state);
      }
      assert.deepStrictEqual(raw(bg, 5), c.raw);
      const mixed = ['u32', 'u32', 'u32', 'u64', 'u32', 'dbl', 'u32', 'u32'].map((op, i) => {
        if (op === 'u32') return String(bg.next32());
        if (op === 'u64') { const hi = bg.next64(); return String((BigInt(hi) << 32n) | BigInt(bg.low)); }
        return bg.nextDouble() === fromHex(c.mixed[i]) ? c.mixed[i] : `differs: ${bg.nextDouble()}`;
      });
      assert.deepStrictEqual(mixed, c.mixed);
      const doubles = new Float64Array(5);
      bg.fillDoubles(doubles);
      assert.deepStrictEqual(Array.from(doubles), c.doubles.map(fromHex));
      if (c.state_after !== null) assert.deepStrictEqual(plain(bg.state), c.state_after);
    });
  }

  it('state round-trips through its setter', () => {
    for (const name of Object.keys(CLASSES)) {
      const a = new CLASSES[name](7);
      a.random_raw(3);
      a.next32();
      const b = new CLASSES[name](8);
      b.state = a.state;
      assert.deepStrictEqual(raw(b, 9), raw(a, 9), name);
    }
  });
});

describe('bitgen: advance and jumped', () => {
  for (const c of fx.advance as Json[]) {
    it(`${c.bitgen}.advance(${c.delta})`, () => {
      const bg = new CLASSES[c.bitgen](untag(c.seed)) as PCG64 | Philox;
      bg.random_raw(1);
      bg.next32();
      bg.advance(BigInt(c.delta));
      assert.deepStrictEqual(plain(bg.state), c.state);
      assert.deepStrictEqual(raw(bg, 3), c.raw);
    });
  }
  for (const c of fx.jumped as Json[]) {
    it(`${c.bitgen}.jumped(${c.jumps})`, () => {
      const bg = new CLASSES[c.bitgen](untag(c.seed)) as PCG64 | Philox | MT19937;
      bg.random_raw(c.predraw);
      assert.deepStrictEqual(raw(bg.jumped(c.jumps), 4), c.raw);
    });
  }
  for (const c of fx.philox_key_counter as Json[]) {
    it(`Philox(key=${JSON.stringify(c.key)}, counter=${JSON.stringify(c.counter)})`, () => {
      const p = new Philox(null, untag(c.counter), untag(c.key));
      assert.deepStrictEqual(plain(p.state), c.state);
      assert.deepStrictEqual(raw(p, 6), c.raw);
    });
  }
});

describe('bitgen: RandomState legacy seeding', () => {
  for (const c of fx.legacy as Json[]) {
    it(`RandomState(${JSON.stringify(c.seed).slice(0, 60)})`, () => {
      const rs = new RandomState(untag(c.seed));
      const st = rs.get_state() as [string, { data: Uint32Array }, number, number, number];
      assert.strictEqual(st[2], c.pos);
      assert.deepStrictEqual(strs(st[1].data.slice(0, 8)), c.key_head);
      assert.strictEqual(String(st[1].data.reduce((a, b) => a + b, 0)), c.key_sum);
      assert.deepStrictEqual(Array.from((rs.random_sample(5) as { data: Float64Array }).data), c.random_sample.map(fromHex));
    });
  }
});

describe('bitgen: Python random seeding', () => {
  for (const c of fx.pyrandom as Json[]) {
    it(`random.seed(${JSON.stringify(c.seed)}, version=${c.version})`, () => {
      const r = new Random(0);
      r.seed(untag(c.seed), c.version);
      const st = r.getstate();
      assert.strictEqual(st[1][624], c.pos);
      assert.deepStrictEqual(st[1].slice(0, 4).map(String), c.key_head);
      assert.deepStrictEqual([r.random(), r.random(), r.random()], c.random.map(fromHex));
      assert.deepStrictEqual([1, 31, 32, 33, 70, 128].map((k) => String(r.getrandbits(k))), c.getrandbits);
    });
  }
});

describe('bitgen: errors, verbatim', () => {
  for (const c of fx.errors as Json[]) {
    it(`${c.api} ${JSON.stringify(c.seed ?? c.args ?? c.dtype ?? c.k)}`, () => {
      switch (c.api) {
        case 'RandomState': return raises(() => new RandomState(untag(c.seed)), c.error);
        case 'default_rng':
          if (c.error === null) { default_rng(untag(c.seed)); return undefined; }
          return raises(() => default_rng(untag(c.seed)), c.error);
        case 'Philox': {
          const a = c.args;
          return raises(() => new Philox(a.seed && untag(a.seed), a.counter && untag(a.counter), a.key && untag(a.key)), c.error);
        }
        case 'generate_state':
          return raises(() => new SeedSequence(1).generate_state(2, c.dtype), c.error);
        case 'random.seed':
          return raises(() => new Random(c.seed.dict ? { a: 1 } : untag(c.seed)), c.error);
        case 'random.getrandbits':
          return raises(() => new Random(1).getrandbits(c.k), c.error);
        default: throw new Error(`unknown api ${c.api}`);
      }
    });
  }
});
