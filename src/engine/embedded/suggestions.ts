/**
 * CPython 3.11's "Did you mean" for an uncaught NameError (Python/suggestions.c): the closest
 * name by a Levenshtein distance where a case change costs 1 and any other edit 2, within a
 * third of the characters involved, searched in the function's locals, then the module's
 * globals, then the builtins; the first candidate at the smallest distance wins.
 */
import { BUILTIN_NAMES } from './data/builtin-names';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

/** What CPython puts in a module's globals before the first statement runs, in its order. */
export const MODULE_DUNDERS = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__'];

function lowerAscii(c: string): string {
  return c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : c;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return lowerAscii(a) === lowerAscii(b) ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance, giving up (max + 1) once the cost must exceed max. */
function distance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre); b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf); b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > max) return max + 1;
  const buffer = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let dist = bi * MOVE_COST;
    result = dist;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = dist + substitutionCost(b[bi], a[ai]);
      dist = buffer[ai];
      result = Math.min(Math.min(result, dist) + MOVE_COST, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** The candidate CPython's suggestions.c picks for `name` (null when none is close enough). */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const max = Math.min(Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(name, item, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) { best = item; bestDistance = d; }
  }
  return best;
}

/** The name CPython would suggest for an undefined `name`, or null. */
export function suggestName(name: string, locals: readonly string[], globals: readonly string[]): string | null {
  return closestName(locals, name) ?? closestName(globals, name) ?? closestName(BUILTIN_NAMES, name);
}
