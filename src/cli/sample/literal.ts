/**
 * Command-line values as Python literals, in the core's JS convention (src/core/seed.ts):
 * `42` and `2**70`-sized decimals/hex are ints, `3.5` and `3.0` floats, `[1, 2]` lists,
 * True/False/None, quoted or bare words strings.
 */
import { PyValue, pyFloat } from '../../core/seed';

const INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/;
const FLOAT = /^[+-]?((\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?|inf|nan)$/i;

function parseInt(text: string): number | bigint {
  const neg = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  let v = BigInt(body.replace(/^0[oO]/, '0o').replace(/^0[bB]/, '0b'));
  if (neg) v = -v;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) { parts.push(body.slice(start, i)); start = i + 1; }
  }
  const last = body.slice(start);
  if (last.trim() !== '') parts.push(last);
  return parts;
}

export function parseLiteral(raw: string): PyValue {
  const text = raw.trim();
  if (text === 'None') return null;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (INT.test(text)) return parseInt(text);
  if (FLOAT.test(text)) {
    const lower = text.toLowerCase().replace(/^\+/, '');
    const v = lower.endsWith('inf') ? (lower.startsWith('-') ? -Infinity : Infinity) : lower.endsWith('nan') ? NaN : Number(text);
    return pyFloat(v);
  }
  const pow = /^(\d+)\*\*(\d+)$/.exec(text);
  if (pow) {
    const v = BigInt(pow[1]) ** BigInt(pow[2]);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  if ((text.startsWith('[') && text.endsWith(']')) || (text.startsWith('(') && text.endsWith(')'))) {
    return splitTopLevel(text.slice(1, -1)).map(parseLiteral);
  }
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    return text.slice(1, -1);
  }
  return text;
}
