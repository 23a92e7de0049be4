/** Reading the bit-generator fixtures written by test/fixtures/bitgen/generate.py. */
import * as fs from 'fs';
import * as path from 'path';
import { NDArray } from '../../../src/core/ndarray';
import { PyValue, pyFloat } from '../../../src/core/seed';

export const FIXTURE_DIR = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'bitgen');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function loadFixture(): Json {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'bitgen.json'), 'utf8'));
}

/** Python's float.hex() back to a double. */
export function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad float hex ${s}`);
  const frac = m[3] === '' ? 0 : parseInt(m[3], 16) / 16 ** m[3].length;
  const v = (Number(m[2]) + frac) * 2 ** Number(m[4]);
  return m[1] === '-' ? -v : v;
}

/** A tagged Python value from the fixture as the core's JS convention (src/core/seed.ts). */
export function untag(t: Json): PyValue {
  if ('none' in t) return null;
  if ('bool' in t) return t.bool as boolean;
  if ('int' in t) {
    const b = BigInt(t.int);
    return b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : b;
  }
  if ('float' in t) return pyFloat(fromHex(t.float));
  if ('str' in t) return t.str as string;
  if ('bytes' in t) return Uint8Array.from((t.bytes as string).match(/../g) ?? [], (h) => parseInt(h, 16));
  if ('list' in t) return (t.list as Json[]).map(untag);
  throw new Error(`unknown tag ${JSON.stringify(t)}`);
}

/** Our state objects in the fixture's plain form (ints and arrays as decimal strings). */
export function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'object' && v !== null) {
    if ('dtype' in v && 'data' in v) return Array.from((v as NDArray).data as ArrayLike<number | bigint>, (x) => String(x));
    if (Array.isArray(v)) return v.map(plain);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}
