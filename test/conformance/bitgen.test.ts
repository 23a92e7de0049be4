/**
 * Bit generators and seeding against real NumPy: NumPy's own raw-stream test vectors, and the
 * fixtures written by test/fixtures/bitgen/generate.py.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SeedSequence, SFC64 } from '../../src/core/bitgen';
import { Generator, default_rng } from '../../src/core/generator/generator';
import { LegacyStateTuple, RandomState } from '../../src/core/legacy/randomstate';
import { Random } from '../../src/core/pyrandom/random';
import { PyError } from '../../src/core/errors';
import { parseLiteral } from '../../src/core/pyliteral';
import { FIXTURES, norm, readFixture } from '../support/fixtures';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };
const fixture = readFixture('bitgen', 'streams.json');

/** A fixture seed (ints written as decimal strings) back to the core's Python-value convention. */
function seedOf(v: unknown): unknown {
  if (typeof v === 'string') return parseLiteral(v);
  if (Array.isArray(v)) return v.map(seedOf);
  return v;
}

function raw(bg: BitGenerator, n: number): string[] {
  return norm((bg.random_raw(n) as { data: BigUint64Array }).data) as string[];
}

describe('NumPy raw-stream test vectors (numpy/random/tests/data)', () => {
  const dir = path.join(FIXTURES, 'bitgen', 'numpy-testsets');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.csv'));
  it('has all ten vector files', () => assert.strictEqual(files.length, 10));
  for (const file of files) {
    it(`reproduces ${file}`, () => {
      const [header, ...rows] = fs.readFileSync(path.join(dir, file), 'utf8').trim().split('\n');
      const seed = BigInt(header.split(',')[1].trim());
      const expected = rows.map((r) => BigInt(r.split(',')[1].trim()).toString());
      const name = file.split('-')[0];
      const Ctor = { mt19937: MT19937, pcg64: PCG64, pcg64dxsm: PCG64DXSM, philox: Philox, sfc64: SFC64 }[name]!;
      assert.deepStrictEqual(raw(new Ctor(seed), expected.length), expected);
    });
  }
});

describe('bit generators match NumPy fixtures', () => {
  for (const rec of fixture.streams) {
    const label = `${rec.bitgen}(${JSON.stringify(rec.seed)})`;
    const make = (): BitGenerator => new CTORS[rec.bitgen](seedOf(rec.seed));

    it(`${label}: state, raw, doubles and buffered uint32 draws`, () => {
      const bg = make();
      assert.deepStrictEqual(norm(bg.state), rec.state);
      assert.deepStrictEqual(raw(bg, 40), rec.raw);
      const g = new Generator(bg);
      assert.deepStrictEqual(Array.from((g.random(25) as { data: Float64Array }).data), rec.doubles);
      assert.deepStrictEqual(Array.from({ length: 7 }, () => String(bg.next32())), rec.uint32);
      assert.deepStrictEqual(Array.from((g.random(3) as { data: Float64Array }).data), rec.doubles_after_uint32);
      assert.deepStrictEqual(Array.from({ length: 3 }, () => String(bg.next32())), rec.uint32_after);
      assert.deepStrictEqual(norm(bg.state), rec.state_after);
    });

    if (rec.advanced_state) {
      it(`${label}: advance`, () => {
        const bg = make() as BitGenerator & { advance(d: number): void };
        bg.random_raw(3);
        bg.advance(123456789);
        assert.deepStrictEqual(norm(bg.state), rec.advanced_state);
        assert.deepStrictEqual(raw(bg, 5), rec.advanced_raw);
      });
    }

    if (rec.jumped2_state) {
      it(`${label}: jumped(2)`, () => {
        const j = (make() as BitGenerator & { jumped(n: number): BitGenerator }).jumped(2);
        assert.deepStrictEqual(norm(j.state), rec.jumped2_state);
        assert.deepStrictEqual(raw(j, 5), rec.jumped2_raw);
      });
    }

    it(`${label}: spawn(2)`, () => {
      const kids = make().spawn(2);
      assert.deepStrictEqual(kids.map((k) => raw(k, 4)), rec.spawn_raw);
    });
  }
});

describe('SeedSequence matches NumPy', () => {
  for (const rec of fixture.seedsequence) {
    it(`SeedSequence(${JSON.stringify(rec.entropy)}${rec.spawn_key ? ', spawn_key, pool_size' : ''})`, () => {
      const ss = new SeedSequence(seedOf(rec.entropy), rec.spawn_key ? { spawn_key: rec.spawn_key.map(Number), pool_size: rec.pool_size } : {});
      assert.deepStrictEqual(norm(ss.pool), rec.pool);
      assert.deepStrictEqual(norm(ss.generate_state(9).data), rec.u32);
      assert.deepStrictEqual(norm(ss.generate_state(5, 'uint64').data), rec.u64);
      if (!rec.kids) return;
      const kids = ss.spawn(3);
      assert.deepStrictEqual(kids.map((k) => ({ spawn_key: norm(k.spawn_key), pool: norm(k.pool) })), rec.kids);
      assert.deepStrictEqual(norm(kids[1].spawn(2)[1].pool), rec.grandkid_pool);
      assert.deepStrictEqual(norm(ss.spawn(1)[0].pool), rec.again_pool);
      assert.strictEqual(ss.n_children_spawned, rec.n_children_spawned);
    });
  }

  it('default_rng(SeedSequence) equals default_rng(int)', () => {
    const a = default_rng(new SeedSequence(42)).random(5);
    const b = default_rng(42).random(5);
    assert.deepStrictEqual(a, b);
  });
});

describe('legacy seeding (RandomState) matches NumPy', () => {
  for (const rec of fixture.legacy) {
    it(`RandomState(${JSON.stringify(rec.seed).slice(0, 40)})`, () => {
      const rs = new RandomState(seedOf(rec.seed));
      const [, key, pos] = rs.get_state() as LegacyStateTuple;
      assert.strictEqual(pos, rec.pos);
      assert.deepStrictEqual(norm(key.slice(0, 4)), rec.key_head);
      assert.deepStrictEqual(norm(key.slice(-4)), rec.key_tail);
      assert.deepStrictEqual(Array.from((rs.random_sample(12) as { data: Float64Array }).data), rec.random_sample);
      assert.deepStrictEqual(Array.from((rs.random_sample(700) as { data: Float64Array }).data.slice(-5)), rec.random_sample_later);
    });
  }

  it('get_state / set_state round-trips the stream', () => {
    const rs = new RandomState(7);
    rs.random_sample(5);
    const st = rs.get_state();
    const a = rs.random_sample(800);
    rs.set_state(st);
    assert.deepStrictEqual(rs.random_sample(800), a);
  });
});

describe("NumPy's and CPython's errors for bad seeds", () => {
  const make: Record<string, (s: unknown) => unknown> = {
    RandomState: (s) => new RandomState(s),
    default_rng: (s) => default_rng(s),
    SeedSequence: (s) => new SeedSequence(s),
    Random: (s) => new Random(s),
  };
  for (const rec of fixture.errors) {
    if (rec.api === 'Random' && rec.seed.startsWith('{')) continue; // dicts have no core equivalent
    it(`${rec.api}(${rec.seed}) raises ${rec.error?.split(':')[0]}`, () => {
      assert.throws(() => make[rec.api](parseLiteral(rec.seed)), (e: unknown) => {
        assert.ok(e instanceof PyError, `expected a PyError, got ${String(e)}`);
        assert.strictEqual(e.toPythonString(), rec.error);
        return true;
      });
    });
  }
});

describe("CPython's random.Random seeding and raw draws", () => {
  for (const rec of fixture.pyrandom) {
    it(`Random(${rec.seed})${rec.version ? ` version ${rec.version}` : ''}`, () => {
      const r = new Random(rec.version ? 0 : parseLiteral(rec.seed));
      if (rec.version) r.seed(parseLiteral(rec.seed), rec.version);
      assert.deepStrictEqual(Array.from({ length: 6 }, () => r.random()), rec.random);
      if (rec.version) return;
      assert.deepStrictEqual(Array.from({ length: 2 }, () => String(r.getrandbits(77))), rec.bits77);
      assert.deepStrictEqual(Array.from({ length: 3 }, () => r.getrandbits(5)), rec.bits5);
      const [, internal] = r.getstate();
      assert.strictEqual(internal[624], rec.state_pos);
      assert.deepStrictEqual(internal.slice(0, 3), rec.state_head);
    });
  }
});
