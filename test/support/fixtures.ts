/** Reading committed fixtures, and putting core values into the fixtures' exact JSON shape. */
import * as fs from 'fs';
import * as path from 'path';

/** The repository's test/fixtures directory (tests run from out/test/...). */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

/** Stands for a NaN in parsed fixtures (strict JSON has none); see `decodeNaN`. */
export const NAN_TOKEN = '__NaN__';

/** Python's json writes ±Infinity and NaN bare: 1e999 is the same infinity in strict JSON, NaN becomes NAN_TOKEN. */
export function readFixture<T = any>(...parts: string[]): T {
  const text = fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8')
    .replace(/([[,:]\s*)(-?)Infinity\b/g, '$1$21e999')
    .replace(/([[,:]\s*)NaN\b/g, `$1"${NAN_TOKEN}"`);
  return JSON.parse(text) as T;
}

/**
 * Integers as decimal strings, arrays as lists, recursively: the shape the fixture scripts
 * write (they stringify ints so values above 2**53 survive JSON).
 */
export function norm(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v;
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>, norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}
