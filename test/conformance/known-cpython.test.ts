/**
 * CPython's own reference values for random.Random (Lib/test/test_random.py), extracted by
 * test/fixtures/known/extract_cpython.py: the MT19937 reference implementation's 2000-float tail,
 * getrandbits/randrange's cross-platform value, and version-1 string and bytes seeding.
 */
import * as assert from 'assert';
import { parseLiteral } from '../../src/core/pyliteral';
import { Random } from '../../src/core/pyrandom/random';
import { readFixture } from '../support/fixtures';
import { hex } from '../support/libm';

interface Ref { test: string; seed: string; version?: number; call: string; expected: string[] }
const { cases } = readFixture<{ cases: Ref[] }>('known', 'cpython.json');

/** Python's float.hex(). */
const pyHex = (x: number): string => hex(x).replace(/p(\d)/, 'p+$1');

const CALLS: Record<string, (r: Random) => string[]> = {
  random_2000_last_10_times_2_53: (r) => Array.from({ length: 2000 }, () => r.random()).slice(-10).map((v) => String(BigInt(v * 2 ** 53))),
  getrandbits_100: (r) => [String(r.getrandbits(100))],
  randrange_2_99: (r) => [String(r.randrange(2n ** 99n))],
  random_4_hex: (r) => Array.from({ length: 4 }, () => pyHex(r.random())),
};

describe("CPython's reference values for random.Random", () => {
  for (const c of cases) {
    it(`${c.test}: seed ${c.seed}${c.version ? `, version ${c.version}` : ''}`, () => {
      const seed = parseLiteral(c.seed);
      const r = new Random(0);
      r.seed(seed, c.version ?? 2); // b'...' parses to a Uint8Array: Python bytes
      assert.deepStrictEqual(CALLS[c.call](r), c.expected);
    });
  }
});
