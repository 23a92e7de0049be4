/**
 * Parses the Python literals users type on the command line (`--seed 42`, `loc=1.5`,
 * `p=[0.2,0.8]`, `dtype=uint8`) into the core's Python value convention (src/core/pyvalues.ts).
 */
import { PyFloat } from './pyvalues';

const INT_RE = /^[-+]?\d+$/;
const FLOAT_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(inf|nan)$/i;

export function parseLiteral(text: string): unknown {
  const t = text.trim();
  if (INT_RE.test(t)) {
    const v = BigInt(t);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  if (FLOAT_RE.test(t)) {
    const v = Number(t.replace(/^([-+]?)inf$/i, '$1Infinity').replace(/^[-+]?nan$/i, 'NaN'));
    return Number.isInteger(v) ? new PyFloat(v) : v;
  }
  if (t === 'None') return null;
  if (t === 'True') return true;
  if (t === 'False') return false;
  if ((t.startsWith('[') && t.endsWith(']')) || (t.startsWith('(') && t.endsWith(')'))) {
    const inner = t.slice(1, -1).trim();
    return inner === '' ? [] : splitTopLevel(inner).map(parseLiteral);
  }
  if (/^(['"]).*\1$/s.test(t)) return t.slice(1, -1);
  if (/^b(['"]).*\1$/s.test(t)) return new TextEncoder().encode(t.slice(2, -1));
  return t;
}

/** Splits "1, [2, 3], 4" at top-level commas. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  const last = s.slice(start);
  if (last.trim() !== '') parts.push(last);
  return parts;
}
