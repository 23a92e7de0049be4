/** Reading committed fixtures, and putting core values into the fixtures' exact JSON shape. */
import * as fs from 'fs';
import * as path from 'path';

/** The repository's test/fixtures directory (tests run from out/test/...). */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

export function readFixture<T = any>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8')) as T;
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
