/**
 * Before/after values for SEED002's rewrite, computed by SeedLab's core: when a legacy draw is the
 * first draw after a literal `np.random.seed(S)` and its arguments are literals, the numbers it
 * gives now and the numbers `np.random.default_rng(S)` gives after the rewrite.
 */
import { default_rng, Generator } from '../core/generator/generator';
import { RandomState } from '../core/legacy/randomstate';
import { callMethod, MethodTable } from '../core/methods';
import { pythonLiteral } from '../core/pyliteral';
import { pyFloatRepr } from '../core/pyvalues';
import type { Call } from './model';

function format(v: unknown): string {
  const one = (x: unknown): string => (typeof x === 'number' ? (Number.isInteger(x) ? String(x) : pyFloatRepr(Number(x.toPrecision(4)))) : String(x));
  if (v && typeof v === 'object' && 'data' in v) {
    const d = Array.from((v as { data: ArrayLike<unknown> }).data, (x) => (typeof x === 'bigint' ? Number(x) : x));
    return `[${d.slice(0, 3).map(one).join(', ')}${d.length > 3 ? ', ...' : ''}]`;
  }
  return one(typeof v === 'bigint' ? Number(v) : v);
}

/** The value of a literal argument; the preview is abandoned (see computePreview) for one the reader refuses. */
function literalValue(text: string): unknown {
  const literal = pythonLiteral(text);
  if (!literal) throw new Error(`not a literal: ${text}`);
  return literal.value;
}

function invoke(obj: object, table: MethodTable, name: string, call: Call, rename?: (args: unknown[]) => unknown[]): unknown {
  const positional = call.args.filter((a) => a.keyword === null).map((a) => literalValue(a.text));
  const kwargs = Object.fromEntries(call.args.filter((a) => a.keyword !== null).map((a) => [a.keyword!, literalValue(a.text)]));
  return callMethod(obj, table, name, rename ? rename(positional) : positional, kwargs);
}

/** Previews already computed, by seed, function and argument text (they depend on nothing else). */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 10000;

/** "[0.3745, 0.9507, ...] -> [0.774, 0.4389, ...]" for a legacy draw and its Generator rewrite, or null. */
export function previewRewrite(seed: string, call: Call, fn: string, newName: string): string | null {
  if (!call.args.every((a) => a.literal)) return null;
  const key = `${seed}\u0000${fn}\u0000${newName}\u0000${call.args.map((a) => `${a.keyword ?? ''}=${a.text}`).join('\u0000')}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = computePreview(seed, call, fn, newName);
  cache.set(key, value);
  return value;
}

function computePreview(seed: string, call: Call, fn: string, newName: string): string | null {
  try {
    const s = literalValue(seed);
    const rs = new RandomState(s);
    const shape = (args: unknown[]): unknown[] => (args.length <= 1 ? args : [args]);
    const before = fn === 'rand' || fn === 'randn'
      ? (fn === 'rand' ? rs.rand(...(call.args.map((a) => Number(literalValue(a.text))))) : rs.randn(...(call.args.map((a) => Number(literalValue(a.text))))))
      : invoke(rs, RandomState.methods, fn, call);
    const rng = default_rng(s);
    const after = invoke(rng, Generator.methods, newName, call, fn === 'rand' || fn === 'randn' ? shape : undefined);
    return `${format(before)} -> ${format(after)}`;
  } catch {
    return null; // anything the core does not serve yet simply gets no preview
  }
}
