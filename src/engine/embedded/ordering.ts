/** Python's sorting (stable, key=, reverse=) and round-half-to-even. */
import { callValue } from './call';
import { compareOp } from './operators';
import { truthy, Value } from './values';

/** Python 3's round(): half to even, on the exact binary value. */
export function pyround(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 ? 2 * Math.round(x / 2) : r;
}

export function sortValues(items: Value[], kw: Map<string, Value>): Value[] {
  const key = kw.get('key') ?? null;
  const keyed = items.map((v) => ({ v, k: key === null ? v : callValue(key, [v], new Map()) }));
  keyed.sort((a, b) => (truthy(compareOp('<', a.k, b.k)) ? -1 : truthy(compareOp('<', b.k, a.k)) ? 1 : 0));
  const out = keyed.map((x) => x.v);
  return truthy(kw.get('reverse') ?? false) ? out.reverse() : out;
}
