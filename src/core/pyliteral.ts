/**
 * Python literal expressions -> the core's Python value convention (src/core/pyvalues.ts): the
 * seeds and arguments the linter reads in source (`0x4D3D3D3`, `1_000`, `b'\x00'`, `(1, [2.5])`,
 * `'a' 'b'`) and the ones users type on the command line (`--seed 42`, `p=[0.2,0.8]`).
 */
import { isPyInt, PyFloat, toBigInt } from './pyvalues';

/** Thrown inside the parser for text that is not a literal it can evaluate exactly. */
class NotALiteral extends Error {}

const DIGITS = String.raw`\d(?:_?\d)*`;
const INT_FORMS = [
  new RegExp(String.raw`^(?:0(?:_?0)*|[1-9](?:_?\d)*)$`),
  /^0[xX](?:_?[0-9a-fA-F])+$/,
  /^0[oO](?:_?[0-7])+$/,
  /^0[bB](?:_?[01])+$/,
];
const FLOAT_FORM = new RegExp(String.raw`^(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][-+]?${DIGITS})?$`);
/** The longest run that can belong to one number token (validated afterwards). */
const NUMBER_TOKEN = /(?:0[xXoObB][0-9a-fA-F_]*|[\d_]*\.?[\d_]*(?:[eE][-+]?[\d_]+)?)[jJ]?/y;
const STRING_START = /([rRbBuUfF]{0,2})('''|"""|'|")/y;
const NAME = /[A-Za-z_]\w*/y;

const SIMPLE_ESCAPES: Record<string, string> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** An int as the core takes it: a number while exact, a bigint beyond. */
function pyInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function pyFloat(v: number): number | PyFloat {
  return Number.isInteger(v) ? new PyFloat(v) : v;
}

/** The escapes of a non-raw string body decoded, as Python's string or bytes decoder does. */
function unescape(body: string, bytes: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new NotALiteral();
    if (e in SIMPLE_ESCAPES) { out += SIMPLE_ESCAPES[e]; continue; }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    if (octal) {
      const code = parseInt(octal[0], 8);
      out += String.fromCharCode(bytes ? code & 0xff : code); // b'\777' is b'\xff' (Python warns)
      i += octal[0].length - 1;
      continue;
    }
    const hexLength = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (hexLength) {
      const hex = body.slice(i + 1, i + 1 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) throw new NotALiteral(); // SyntaxError in Python
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new NotALiteral();
      out += String.fromCodePoint(code);
      i += hexLength;
      continue;
    }
    if (!bytes && e === 'N') throw new NotALiteral(); // \N{NAME}: no Unicode name table here
    out += `\\${e}`; // an unknown escape keeps its backslash (Python warns)
  }
  return out;
}

/** Binary operators by precedence, loosest first, as in Python's grammar (`**` is handled apart: it binds tighter than unary minus). */
const BINARY_LEVELS: readonly (readonly string[])[] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '//', '%', '/']];
/** Results past this many bits are refused rather than computed (`2**10**9`). */
const MAX_BITS = 100000n;

const bitLength = (v: bigint): bigint => BigInt((v < 0n ? -v : v).toString(2).length);

/** Exact Python int arithmetic; anything that would not give an int (floats, `/`, a negative power) is refused. */
function intOperation(op: string, left: unknown, right: unknown): number | bigint {
  if (!isPyInt(left) || !isPyInt(right)) throw new NotALiteral();
  const a = toBigInt(left), b = toBigInt(right);
  switch (op) {
    case '+': return pyInt(a + b);
    case '-': return pyInt(a - b);
    case '*': return pyInt(a * b);
    case '**':
      if (b < 0n || (a !== 0n && a !== 1n && a !== -1n && bitLength(a) * b > MAX_BITS)) throw new NotALiteral();
      return pyInt(a ** b);
    case '//': case '%': {
      if (b === 0n) throw new NotALiteral(); // ZeroDivisionError in Python
      const q = a / b - ((a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? 1n : 0n); // Python floors
      return pyInt(op === '//' ? q : a - q * b);
    }
    case '<<':
      if (b < 0n || bitLength(a) + b > MAX_BITS) throw new NotALiteral();
      return pyInt(a << b);
    case '>>':
      if (b < 0n) throw new NotALiteral();
      return pyInt(a >> b);
    case '&': return pyInt(a & b);
    case '|': return pyInt(a | b);
    case '^': return pyInt(a ^ b);
    default: throw new NotALiteral(); // `/` makes a float
  }
}

/** A recursive-descent reader of one literal expression (constant int arithmetic included: `2**32 - 1`). */
class LiteralReader {
  private at = 0;

  constructor(private readonly text: string) {}

  readAll(): unknown {
    const value = this.value();
    this.space();
    if (this.at !== this.text.length) throw new NotALiteral();
    return value;
  }

  private space(): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') this.at++;
      else if (c === '\\' && this.text[this.at + 1] === '\n') this.at += 2;
      else break;
    }
  }

  private value(level = 0): unknown {
    if (level === BINARY_LEVELS.length) return this.unaryOperand();
    let left = this.value(level + 1);
    for (;;) {
      this.space();
      // `*` is not the start of `**`, nor `/` of `//`; `1 ++2` is 1 + (+2).
      const op = BINARY_LEVELS[level].find((o) => this.text.startsWith(o, this.at) && !((o === '*' || o === '/') && this.text[this.at + 1] === o));
      if (!op) return left;
      this.at += op.length;
      left = intOperation(op, left, this.value(level + 1));
    }
  }

  /** `-x`, `+x`, `~x`, or a power: `-2**2` is -(2**2), and `2**-1` takes a unary exponent. */
  private unaryOperand(): unknown {
    this.space();
    const c = this.text[this.at];
    if (c === '-' || c === '+' || c === '~') {
      this.at++;
      return unary(c, this.unaryOperand());
    }
    const base = this.atom();
    this.space();
    if (!this.text.startsWith('**', this.at)) return base;
    this.at += 2;
    return intOperation('**', base, this.unaryOperand());
  }

  private atom(): unknown {
    this.space();
    const c = this.text[this.at];
    if (c === '[') return this.sequence(']');
    if (c === '(') return this.parenthesized();
    STRING_START.lastIndex = this.at;
    if (STRING_START.test(this.text)) return this.strings();
    if (c !== undefined && /[\d.]/.test(c)) return this.number();
    NAME.lastIndex = this.at;
    const name = NAME.exec(this.text)?.[0];
    this.at += name?.length ?? 0;
    if (name === 'None') return null;
    if (name === 'True') return true;
    if (name === 'False') return false;
    throw new NotALiteral();
  }

  private sequence(close: string): unknown[] {
    this.at++;
    const items: unknown[] = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === close) { this.at++; return items; }
      items.push(this.value());
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== close) throw new NotALiteral();
    }
  }

  /** `()` and `(1, 2)` are tuples (arrays to the core); `(1)` is just 1. */
  private parenthesized(): unknown {
    const start = this.at;
    this.at++;
    this.space();
    if (this.text[this.at] === ')') { this.at++; return []; }
    const first = this.value();
    this.space();
    if (this.text[this.at] === ')') { this.at++; return first; }
    this.at = start;
    return this.sequence(')');
  }

  private number(): unknown {
    NUMBER_TOKEN.lastIndex = this.at;
    const token = NUMBER_TOKEN.exec(this.text)![0];
    this.at += token.length;
    if (/[jJ]$/.test(token)) throw new NotALiteral(); // complex: not a value the core takes
    const digits = token.replace(/_/g, '');
    if (INT_FORMS.some((form) => form.test(token))) return pyInt(BigInt(digits));
    if (/[.eE]/.test(token) && !/^0[xX]/.test(token) && FLOAT_FORM.test(token)) return pyFloat(Number(digits));
    throw new NotALiteral();
  }

  /** One string literal or several side by side (`'a' 'b'`), all str or all bytes. */
  private strings(): string | Uint8Array {
    let kind: 'str' | 'bytes' | null = null;
    let out = '';
    for (;;) {
      this.space();
      STRING_START.lastIndex = this.at;
      const m = STRING_START.exec(this.text);
      if (!m) break;
      const prefix = m[1].toLowerCase();
      if (prefix.includes('f') || (prefix.length === 2 && !['rb', 'br'].includes(prefix))) throw new NotALiteral();
      const bytes = prefix.includes('b');
      if (kind !== null && kind !== (bytes ? 'bytes' : 'str')) throw new NotALiteral(); // SyntaxError in Python
      kind = bytes ? 'bytes' : 'str';
      this.at += m[0].length;
      const body = this.stringBody(m[2]);
      if (bytes && /[^\x00-\x7f]/.test(body)) throw new NotALiteral(); // SyntaxError in Python
      out += prefix.includes('r') ? body : unescape(body, bytes);
    }
    if (kind === 'bytes') {
      if ([...out].some((ch) => ch.charCodeAt(0) > 0xff)) throw new NotALiteral();
      return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
    }
    return out;
  }

  /** The raw text up to the closing quote; a backslash always takes the next character with it. */
  private stringBody(quote: string): string {
    const start = this.at;
    const { text } = this;
    while (this.at < text.length) {
      if (text[this.at] === '\\') { this.at += 2; continue; }
      if (text.startsWith(quote, this.at)) {
        const body = text.slice(start, this.at);
        this.at += quote.length;
        return body;
      }
      if (quote.length === 1 && text[this.at] === '\n') break;
      this.at++;
    }
    throw new NotALiteral();
  }
}

function unary(op: string, v: unknown): unknown {
  if (isPyInt(v)) {
    const b = toBigInt(v);
    return pyInt(op === '-' ? -b : op === '~' ? -b - 1n : b);
  }
  if (op === '~') throw new NotALiteral();
  if (v instanceof PyFloat) return new PyFloat(op === '-' ? -v.value : v.value);
  if (typeof v === 'number') return op === '-' ? -v : v;
  throw new NotALiteral();
}

/**
 * The value of a Python literal expression (numbers in every form Python writes them, str and
 * bytes with their prefixes and escapes, None/True/False, lists and tuples of literals, unary
 * -, + and ~, and int arithmetic on them such as `2**32 - 1`), or null when the text is not one
 * this can evaluate exactly (names, calls, complex numbers, f-strings, `\N{...}` escapes,
 * arithmetic that gives a float or an error).
 */
export function pythonLiteral(text: string): { value: unknown } | null {
  try {
    return { value: new LiteralReader(text).readAll() };
  } catch (e) {
    if (e instanceof NotALiteral) return null;
    throw e;
  }
}

const NON_FINITE = /^([-+]?)(inf|nan)$/i;

/**
 * A value typed on the command line: a Python literal, or `inf`/`nan` as floats, or else the
 * text itself as a str (`dtype=uint8`).
 */
export function parseLiteral(text: string): unknown {
  const t = text.trim();
  const literal = pythonLiteral(t);
  if (literal) return literal.value;
  const nonFinite = NON_FINITE.exec(t);
  if (nonFinite) return nonFinite[2].toLowerCase() === 'nan' ? NaN : nonFinite[1] === '-' ? -Infinity : Infinity;
  return t;
}
