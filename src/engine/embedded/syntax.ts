/**
 * The syntax errors CPython 3.11 reports for a file before running it, where its tokenizer, block
 * structure and string parser decide them: unterminated strings, bad escapes and number literals,
 * unmatched, mismatched or never-closed brackets, inconsistent indentation, a missing ':',
 * indented block or except/finally, f-string errors, and pegen's hints for two expressions side
 * by side. lezer's error-tolerant parse accepts some such files (an unexpected indent, an
 * unterminated string), so the engine finds these itself, in the order CPython does
 * (Parser/tokenizer.c for the tokenizer's errors, Parser/pegen_errors.c for which one wins).
 */

export interface PySyntaxError {
  readonly type: 'SyntaxError' | 'IndentationError' | 'TabError';
  readonly message: string;
  readonly line: number;
}

/** A tokenizer error; `overrides`: CPython raises it even past a parser error (the rest of the file is tokenized for it). */
interface TokenizerError extends PySyntaxError {
  readonly at: number;
  readonly overrides: boolean;
}

/** One logical line at bracket level 0, as the parser sees it. */
interface LogicalLine {
  readonly line: number;
  readonly indented: boolean;
  /** Indentation level (blocks open around it). */
  readonly depth: number;
  /** First word, when it opens a compound statement (if, for, def, ...). */
  readonly keyword: string | null;
  /** Offset just past its last token. */
  end: number;
  /** Whether its last token is ':' (it opens a block), and whether a ':' appears at all. */
  endsWithColon: boolean;
  hasColon: boolean;
  /** Tokens on it, whether `in` appears outside brackets (a `for` header needs one), and its last token outside brackets. */
  count: number;
  hasIn: boolean;
  last: string;
}

const TAB_SIZE = 8;
const MAX_LEVEL = 200;
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'def', 'class', 'try', 'except', 'finally']);
const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);
const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** What the header `keyword` is called in "expected an indented block after ...". */
function blockOwner(keyword: string): string {
  if (keyword === 'def') return 'function definition';
  if (keyword === 'class') return 'class definition';
  return `'${keyword}' statement`;
}

/** A token as far as the parser-level checks here need it. */
interface Token {
  readonly kind: 'name' | 'number' | 'string' | 'op';
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  /** Brackets open around it. */
  readonly level: number;
}

interface Scan {
  readonly lines: LogicalLine[];
  readonly tokens: Token[];
  /** The first string CPython 3.11 rejects while parsing it: an f-string's fields (string_parser.c) or a bad escape. */
  readonly stringError: (PySyntaxError & { at: number }) | null;
  readonly error: TokenizerError | null;
  /** The innermost bracket still open at the end, if the scan got there. */
  readonly unclosed: { readonly char: string; readonly line: number } | null;
  /** Offset just past the last token. */
  readonly lastTokenEnd: number;
}

/** CPython's tokenizer over the whole source: logical lines, and the first error it stops at. */
function scan(src: string): Scan {
  const lines: LogicalLine[] = [];
  const tokens: Token[] = [];
  let stringError: Scan['stringError'] = null;
  const parens: Array<{ char: string; line: number }> = [];
  const indents = [0];
  const altIndents = [0]; // columns with tabs counted as 1: CPython's check against mixing tabs and spaces
  let i = 0;
  let line = 1;
  let atLineStart = true;
  let current: LogicalLine | null = null;
  let lastTokenEnd = 0;
  const fail = (type: PySyntaxError['type'], message: string, at: number, errLine: number, overrides: boolean): Scan =>
    ({ lines, tokens, stringError, error: { type, message, line: errLine, at, overrides }, unclosed: null, lastTokenEnd });
  const token = (from: number, to: number, kind: Token['kind'], text: string): void => {
    tokens.push({ kind, text, from, to, line, level: parens.length });
    lastTokenEnd = to;
    if (current === null) return; // not reached: a logical line starts before its first token
    current.end = to;
    current.count++;
    if (parens.length > 0) return;
    current.endsWithColon = text === ':';
    current.last = kind === 'op' || kind === 'name' ? text : kind;
    if (text === ':') current.hasColon = true;
    if (text === 'in') current.hasIn = true;
  };

  while (i <= src.length) {
    if (atLineStart) {
      atLineStart = false;
      const lineBegin = i; // where lezer puts an error about this line's indentation
      let col = 0;
      let alt = 0;
      for (; i < src.length; i++) {
        const c = src[i];
        if (c === ' ') { col++; alt++; } else if (c === '\t') { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; alt++; } else if (c === '\f') { col = alt = 0; } else break;
      }
      const c = src[i];
      const blank = c === undefined || c === '#' || c === '\n' || c === '\r';
      if (!blank && parens.length === 0) {
        let indented = false;
        const top = indents.length - 1;
        if (col === indents[top]) {
          if (alt !== altIndents[top]) return fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineBegin, line, false);
        } else if (col > indents[top]) {
          if (alt <= altIndents[top]) return fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineBegin, line, false);
          indents.push(col);
          altIndents.push(alt);
          indented = true;
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) { indents.pop(); altIndents.pop(); }
          if (col !== indents[indents.length - 1]) return fail('IndentationError', 'unindent does not match any outer indentation level', lineBegin, line, false);
          if (alt !== altIndents[altIndents.length - 1]) return fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineBegin, line, false);
        }
        const word = /^(?:async[ \t]+)?([A-Za-z_]\w*)/.exec(src.slice(i, i + 20))?.[1] ?? '';
        current = { line, indented, depth: indents.length - 1, keyword: COMPOUND.has(word) ? word : null, end: i, endsWithColon: false, hasColon: false, count: 0, hasIn: false, last: '' };
        lines.push(current);
      }
    }
    if (i >= src.length) break;
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n') {
      // NEWLINE ends a logical line (only outside brackets), as the parser sees it.
      if (parens.length === 0 && current !== null) { tokens.push({ kind: 'op', text: '\n', from: i, to: i + 1, line, level: 0 }); current = null; }
      line++;
      i++;
      atLineStart = true;
      continue;
    }
    if (c === '\\') {
      if (src[i + 1] === '\r' && src[i + 2] === '\n') i++;
      if (src[i + 1] !== '\n') return fail('SyntaxError', 'unexpected character after line continuation character', i, line, false);
      i += 2;
      line++;
      continue;
    }
    const start = i;
    let quoteAt = -1;
    if (c === '"' || c === "'") quoteAt = i;
    else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[\w\u0080-\uffff]/.test(src[j])) j++;
      const word = src.slice(i, j);
      if ((src[j] === '"' || src[j] === "'") && STRING_PREFIXES.has(word.toLowerCase())) quoteAt = j;
      else { token(i, j, 'name', word); i = j; continue; }
    }
    if (quoteAt >= 0) {
      const firstLine = line;
      const quote = src[quoteAt];
      const triple = src[quoteAt + 1] === quote && src[quoteAt + 2] === quote;
      let j = quoteAt + (triple ? 3 : 1);
      if (!triple && src[quoteAt + 1] === quote) { token(start, quoteAt + 2, 'string', src.slice(start, quoteAt + 2)); i = quoteAt + 2; continue; } // ''
      let closed = false;
      while (j < src.length) {
        const d = src[j];
        if (d === '\\') { if (src[j + 1] === '\n') line++; j += 2; continue; }
        if (d === '\n') {
          if (!triple) break;
          line++;
        }
        if (d === quote && (!triple || (src[j + 1] === quote && src[j + 2] === quote))) { j += triple ? 3 : 1; closed = true; break; }
        j++;
      }
      if (!closed) {
        const detected = j >= src.length ? lastLine(src) : line;
        return fail('SyntaxError', `unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${detected})`, start, firstLine, true);
      }
      token(start, j, 'string', src.slice(start, j));
      const prefix = src.slice(start, quoteAt).toLowerCase();
      if (stringError === null && !prefix.includes('b')) {
        const body = src.slice(quoteAt + (triple ? 3 : 1), j - (triple ? 3 : 1));
        const raw = prefix.includes('r');
        const message = prefix.includes('f') ? fstringError(body, raw) : raw ? null : escapeError(body);
        if (message) stringError = { type: 'SyntaxError', message, line: firstLine, at: start };
      }
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const n = numberEnd(src, i);
      if (typeof n !== 'number') return fail('SyntaxError', n.message, i, line, true);
      token(i, n, 'number', src.slice(i, n));
      i = n;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      if (parens.length >= MAX_LEVEL) return fail('SyntaxError', 'too many nested parentheses', i, line, true);
      token(i, i + 1, 'op', c);
      parens.push({ char: c, line });
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      const open = parens.pop();
      if (!open) return fail('SyntaxError', `unmatched '${c}'`, i, line, true);
      if (open.char !== CLOSING[c]) {
        const where = open.line === line ? '' : ` on line ${open.line}`;
        return fail('SyntaxError', `closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}`, i, line, true);
      }
      token(i, i + 1, 'op', c);
      i++;
      continue;
    }
    // An operator: only ':' (alone, not ':=') matters here.
    const op = c === ':' && src[i + 1] === '=' ? ':=' : c;
    token(i, i + op.length, 'op', op);
    i += op.length;
  }
  const open = parens[parens.length - 1];
  return { lines, tokens, stringError, error: null, unclosed: open ? { char: open.char, line: open.line } : null, lastTokenEnd };
}

/**
 * What CPython 3.11 says about an f-string's body (string_parser.c's fstring_find_literal and
 * fstring_find_expr), or null: single '}', empty or commented expressions, backslashes in them,
 * unmatched brackets, bad conversions, fields nested too deeply, a missing '}'.
 */
function fstringError(body: string, raw: boolean): string | null {
  let i = 0;
  /** A literal run up to '{' (returns at it) or, inside a format spec, up to its closing '}'; its escapes decoded on their own. */
  const literal = (inSpec: boolean): string | null => {
    const from = i;
    const fail = literalRun(inSpec);
    return fail ?? (raw ? null : escapeError(body.slice(from, i)));
  };
  const literalRun = (inSpec: boolean): string | null => {
    for (; i < body.length; i++) {
      const c = body[i];
      if (!raw && c === '\\') {
        if (body[i + 1] === 'N' && body[i + 2] === '{') { const close = body.indexOf('}', i); i = close < 0 ? body.length : close; } else i++;
        continue;
      }
      if (c === '{') { if (!inSpec && body[i + 1] === '{') { i++; continue; } return null; }
      if (c === '}') {
        if (inSpec) return null;
        if (body[i + 1] === '}') { i++; continue; }
        return "f-string: single '}' is not allowed";
      }
    }
    return null;
  };
  /** A replacement field from its '{' through its '}'. */
  const field = (depth: number): string | null => {
    if (depth >= 2) return 'f-string: expressions nested too deeply';
    const start = ++i;
    const brackets: string[] = [];
    let quote = '';
    for (; i < body.length; i++) {
      const c = body[i];
      if (c === '\\') return 'f-string expression part cannot include a backslash';
      if (quote) {
        if (body.startsWith(quote, i)) { i += quote.length - 1; quote = ''; }
        continue;
      }
      if (c === "'" || c === '"') { quote = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c; i += quote.length - 1; continue; }
      if (c === '(' || c === '[' || c === '{') { brackets.push(c); continue; }
      if (c === '#') return "f-string expression part cannot include '#'";
      if (brackets.length === 0 && '!:}=<>'.includes(c)) {
        if ('!=<>'.includes(c) && body[i + 1] === '=') { i++; continue; }
        if (c === '<' || c === '>') continue;
        break;
      }
      if (c === ')' || c === ']' || c === '}') {
        const open = brackets.pop();
        if (open === undefined) return `f-string: unmatched '${c}'`;
        if (CLOSING[c] !== open) return `f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`;
      }
    }
    if (quote) return 'f-string: unterminated string';
    if (brackets.length) return `f-string: unmatched '${brackets[brackets.length - 1]}'`;
    if (i >= body.length) return "f-string: expecting '}'";
    if (body.slice(start, i).trim() === '') return 'f-string: empty expression not allowed';
    if (body[i] === '=') { i++; while (/\s/.test(body[i] ?? '')) i++; if (i >= body.length) return "f-string: expecting '}'"; }
    if (body[i] === '!') {
      if (++i >= body.length) return "f-string: expecting '}'";
      if (!'sra'.includes(body[i++])) return "f-string: invalid conversion character: expected 's', 'r', or 'a'";
    }
    if (body[i] === ':') {
      i++;
      for (;;) {
        const e = literal(true);
        if (e) return e;
        if (i >= body.length || body[i] === '}') break;
        const nested = field(depth + 1);
        if (nested) return nested;
      }
    }
    if (i >= body.length || body[i] !== '}') return "f-string: expecting '}'";
    i++;
    return null;
  };
  for (;;) {
    const e = literal(false);
    if (e) return e;
    if (i >= body.length) return null;
    const f = field(0);
    if (f) return f;
  }
}

/**
 * CPython's error for a string body's escapes (its unicode-escape decoder): a truncated \\x, \\u or
 * \\U, or a malformed \\N{...}. Positions count bytes of the text the decoder sees, where every
 * non-ASCII character has been turned into a ten-byte \\U escape first.
 */
function escapeError(body: string): string | null {
  const chars = [...body];
  let at = 0;
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] !== '\\') { at += chars[k].charCodeAt(0) < 128 ? 1 : 10; continue; }
    const kind = chars[k + 1];
    const digits = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
    if (digits) {
      let n = 0;
      while (n < digits && /[0-9a-fA-F]/.test(chars[k + 2 + n] ?? '')) n++;
      if (n < digits) {
        const name = kind === 'x' ? 'XX' : 'X'.repeat(digits);
        return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${at + 1 + n}: truncated \\${kind}${name} escape`;
      }
    } else if (kind === 'N' && (chars[k + 2] !== '{' || !chars.slice(k + 3).includes('}'))) {
      const end = chars[k + 2] === '{' ? at + chars.length - k - 1 : at + 1;
      return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${end}: malformed \\N character escape`;
    }
    // The backslash and the character it escapes (a newline after it continues the string).
    at += 1 + (chars[k + 1] === undefined ? 0 : chars[k + 1].charCodeAt(0) < 128 ? 1 : 10);
    k++;
  }
  return null;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
const isIdentifierChar = (c: string | undefined): boolean => c !== undefined && (/\w/.test(c) || c.charCodeAt(0) >= 128);

/**
 * The end of the number literal at `i`, or CPython's error for it ("invalid decimal literal" for
 * `2x`, "invalid digit '8' in octal literal", leading zeros, ...), following tok_get's number states.
 */
function numberEnd(src: string, i: number): number | { message: string } {
  let k = i;
  const err = (message: string): { message: string } => ({ message });
  // After a literal: a keyword that may follow a number (`1if x else 2`) is allowed, any other name is not.
  const verifyEnd = (kind: string): { message: string } | null => {
    const rest = src.slice(k, k + 4);
    if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return null;
    return isIdentifierChar(src[k]) ? err(`invalid ${kind} literal`) : null;
  };
  const decimalTail = (): { message: string } | null => {
    for (;;) {
      while (isDigit(src[k])) k++;
      if (src[k] !== '_') return null;
      k++;
      if (!isDigit(src[k])) return err('invalid decimal literal');
    }
  };
  const fractionAndExponent = (): { message: string } | null => {
    if (src[k] === '.') {
      k++;
      if (isDigit(src[k])) { const e = decimalTail(); if (e) return e; }
    }
    if (src[k] === 'e' || src[k] === 'E') {
      const e = k;
      k++;
      if (src[k] === '+' || src[k] === '-') {
        k++;
        if (!isDigit(src[k])) return err('invalid decimal literal');
      } else if (!isDigit(src[k])) {
        k = e;
        return verifyEnd('decimal');
      }
      const t = decimalTail(); if (t) return t;
    }
    if (src[k] === 'j' || src[k] === 'J') { k++; return verifyEnd('imaginary'); }
    return verifyEnd('decimal');
  };
  const prefixed = (digit: (c: string | undefined) => boolean, kind: string, checkDigits: boolean): { message: string } | null => {
    k += 2;
    do {
      if (src[k] === '_') k++;
      if (!digit(src[k])) return checkDigits && isDigit(src[k]) ? err(`invalid digit '${src[k]}' in ${kind} literal`) : err(`invalid ${kind} literal`);
      while (digit(src[k])) k++;
    } while (src[k] === '_');
    if (checkDigits && isDigit(src[k])) return err(`invalid digit '${src[k]}' in ${kind} literal`);
    return verifyEnd(kind);
  };
  let e: { message: string } | null;
  if (src[k] === '.') { e = fractionAndExponent(); }
  else if (src[k] === '0') {
    const p = src[k + 1];
    if (p === 'x' || p === 'X') e = prefixed(isHex, 'hexadecimal', false);
    else if (p === 'o' || p === 'O') e = prefixed((c) => c !== undefined && c >= '0' && c <= '7', 'octal', true);
    else if (p === 'b' || p === 'B') e = prefixed((c) => c === '0' || c === '1', 'binary', true);
    else {
      k++;
      for (;;) {
        if (src[k] === '_') { k++; if (!isDigit(src[k])) return err('invalid decimal literal'); }
        if (src[k] !== '0') break;
        k++;
      }
      let nonzero = false;
      if (isDigit(src[k])) { nonzero = true; const t = decimalTail(); if (t) return t; }
      const c = src[k];
      if (c === '.' || c === 'e' || c === 'E' || c === 'j' || c === 'J') e = fractionAndExponent();
      else if (nonzero) return err('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      else e = verifyEnd('decimal');
    }
  } else {
    e = decimalTail() ?? fractionAndExponent();
  }
  return e ?? k;
}

/** The first block-structure error: an unexpected indent, a missing indented block, or a header without ':'. */
function structureError(src: string, lines: readonly LogicalLine[], parserErrorAt: number | null, complete: boolean): (PySyntaxError & { at: number; final?: boolean }) | null {
  const lineStart = (n: number): number => {
    let at = 0;
    for (let k = 1; k < n; k++) at = src.indexOf('\n', at) + 1;
    return at;
  };
  const tries: number[] = []; // depths of try statements still waiting for their except or finally
  const tryMissing = (line: number, at: number): PySyntaxError & { at: number } => ({ type: 'SyntaxError', message: "expected 'except' or 'finally' block", line, at });
  for (let k = 0; k < lines.length; k++) {
    const here = lines[k];
    const before = k > 0 ? lines[k - 1] : null;
    // A try block has ended at this line: it must go on with except or finally.
    const pending = tries[tries.length - 1];
    if (pending !== undefined && here.depth <= pending && !(before?.endsWithColon && !here.indented)) {
      if (here.depth < pending || (here.keyword !== 'except' && here.keyword !== 'finally')) return tryMissing(here.line, lineStart(here.line));
      tries.pop();
    }
    if (here.keyword === 'try' && here.hasColon) tries.push(here.depth);
    if (before?.endsWithColon && !here.indented) {
      return { type: 'IndentationError', message: `expected an indented block after ${blockOwner(before.keyword ?? 'if')} on line ${before.line}`, line: here.line, at: lineStart(here.line) };
    }
    // CPython raises this one straight from the indent token, without tokenizing further (final).
    if (here.indented && !before?.endsWithColon) return { type: 'IndentationError', message: 'unexpected indent', line: here.line, at: lineStart(here.line), final: true };
    // A header with no ':' at all: CPython expects one where the line ends, if the header itself parses.
    if (here.keyword && !here.hasColon && completeHeader(here) && (parserErrorAt === null || parserErrorAt >= here.end)) {
      return { type: 'SyntaxError', message: "expected ':'", line: here.line, at: here.end };
    }
  }
  const last = lines[lines.length - 1];
  if (complete && last?.endsWithColon) {
    return { type: 'IndentationError', message: `expected an indented block after ${blockOwner(last.keyword ?? 'if')} on line ${last.line}`, line: lastLine(src), at: src.length };
  }
  if (complete && tries.length > 0) return tryMissing(lastLine(src), src.length);
  return null;
}

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield']);
const CONSTANTS = new Set(['None', 'True', 'False']);
const isName = (t: Token): boolean => t.kind === 'name' && !KEYWORDS.has(t.text);
/** Can an expression end with t, or begin with t in a way that cannot continue the one before (a call, subscript or operator)? */
const endsExpression = (t: Token): boolean => isName(t) || CONSTANTS.has(t.text) || t.kind === 'number' || t.kind === 'string' || t.text === ')' || t.text === ']' || t.text === '}';
const beginsExpression = (t: Token): boolean => isName(t) || CONSTANTS.has(t.text) || t.kind === 'number' || t.kind === 'string' || t.text === '{'
  || t.text === 'not' || t.text === 'lambda' || t.text === 'await';

/**
 * CPython's hints where the parser finds two expressions side by side (pegen's invalid_expression
 * and invalid_legacy_expression): `print x` is "Missing parentheses in call to 'print'", `a if b c`
 * "expected 'else' after 'if' expression", and inside brackets `[1 2]` "Perhaps you forgot a
 * comma?". `at` is where lezer's first error is; a hint counts only if that error is at the second
 * expression.
 */
function sideBySide(tokens: readonly Token[], at: number): { message: string; a: Token; b: Token; after: Token | undefined } | null {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k], b = tokens[k + 1];
    if (b.from > at) return null;
    // lezer flags the second expression, or (after `not`, `lambda`, `await`) the token that follows.
    const flaggedBy = b.kind === 'name' && KEYWORDS.has(b.text) && !CONSTANTS.has(b.text) ? tokens[k + 2] ?? b : b;
    if (flaggedBy.to < at || !endsExpression(a) || !beginsExpression(b)) continue;
    if ((a.text === 'print' || a.text === 'exec') && tokens[k - 1]?.text !== '.') {
      return { message: `Missing parentheses in call to '${a.text}'. Did you mean ${a.text}(...)?`, a, b, after: tokens[k + 2] };
    }
    const clause = enclosingClause(tokens, k);
    if (clause === 'if') return { message: "expected 'else' after 'if' expression", a, b, after: tokens[k + 2] };
    // Not at the top level, in a comprehension's iterable or condition, or in string concatenation.
    if (clause !== null || b.level === 0 || (a.kind === 'string' && b.kind === 'string')) return null;
    // pegen's !(NAME STRING | SOFT_KEYWORD) before the first expression; its soft keyword test
    // compares only the name's length, so any prefix of 'match', 'case' or '_' counts.
    const start = expressionStart(tokens, k);
    const first = tokens[start];
    if (first.kind === 'name' && (tokens[start + 1]?.kind === 'string' || SOFT_KEYWORDS.some((w) => w.startsWith(first.text)))) return null;
    return { message: 'invalid syntax. Perhaps you forgot a comma?', a, b, after: tokens[k + 2] };
  }
  return null;
}

const SOFT_KEYWORDS = ['match', 'case', '_'];

/** Where the primary ending at token k starts (a token index): back over calls, subscripts and attribute dots. */
function expressionStart(tokens: readonly Token[], k: number): number {
  let j = k;
  for (;;) {
    const t = tokens[j];
    if (t.text === ')' || t.text === ']' || t.text === '}') {
      let depth = 0;
      for (; j > 0; j--) {
        if (CLOSING[tokens[j].text] !== undefined) depth++;
        else if (tokens[j].text === '(' || tokens[j].text === '[' || tokens[j].text === '{') { if (--depth === 0) break; }
      }
      if (j > 0 && endsExpression(tokens[j - 1]) && tokens[j - 1].line === tokens[j].line) { j--; continue; }
      return j;
    }
    if (j >= 2 && tokens[j - 1].text === '.') { j -= 2; continue; }
    return j;
  }
}

/**
 * What the expression ending at token k is part of, looking back within its own bracket (or
 * logical line) up to a comma, ':' or '=': a conditional still waiting for its else ('if'), a
 * comprehension's iterable or condition ('for'), or anything else (null).
 */
function enclosingClause(tokens: readonly Token[], k: number): 'if' | 'for' | null {
  const level = tokens[k + 1].level;
  for (let j = k; j >= 0 && tokens[j].level >= level; j--) {
    const t = tokens[j];
    if (t.level !== level) continue;
    if (t.text === ',' || t.text === ':' || t.text === '=' || t.text === '\n') return null;
    if (t.text === 'else') return null; // a finished conditional: what follows it misses a comma
    if (t.text === 'in' || t.text === 'if') {
      if (hasFor(tokens, j, level)) return 'for';
      // An if statement's keyword opens its line; a conditional's follows an expression.
      return t.text === 'if' && j > 0 && endsExpression(tokens[j - 1]) ? 'if' : null;
    }
    if (t.text === 'for') return null; // a comprehension's targets: two names there miss a comma
  }
  return null;
}

/** Whether a `for` precedes token j within its bracket (at `level`) or logical line. */
function hasFor(tokens: readonly Token[], j: number, level: number): boolean {
  for (let i = j - 1; i >= 0 && tokens[i].level >= level && tokens[i].text !== '\n'; i--) if (tokens[i].level === level && tokens[i].text === 'for') return true;
  return false;
}

/** Whether a header has all but its ':' (`for x in y`, `if x`, `else`), as CPython needs to expect the ':'. */
function completeHeader(header: LogicalLine): boolean {
  if (header.count === 1) return header.keyword === 'else' || header.keyword === 'try' || header.keyword === 'finally' || header.keyword === 'except';
  // The rest must end where an expression can end (not on `as`, `in`, an operator...).
  const last = header.last;
  if (!(last === 'string' || last === 'number' || last === ')' || last === ']' || last === '}' || (/^[A-Za-z_]/.test(last) && (!KEYWORDS.has(last) || CONSTANTS.has(last))))) return false;
  return header.keyword !== 'for' || (header.hasIn && header.count > 3);
}

/**
 * The syntax error CPython reports for `src`, or null when it has none of these and lezer found
 * none either. `parserErrorAt`: the offset of lezer's first error node, if any (reported as
 * CPython's generic "invalid syntax" when nothing more specific comes first).
 */
export function pythonSyntaxError(src: string, parserErrorAt: number | null): PySyntaxError | null {
  const { lines, tokens, stringError, error, unclosed, lastTokenEnd } = scan(src);
  // lezer reads `x.def` as an attribute; CPython's tokenizer makes `def` a keyword there.
  const keywordAttribute = tokens.find((t, k) => k > 0 && tokens[k - 1].text === '.' && KEYWORDS.has(t.text));
  if (keywordAttribute && (parserErrorAt === null || keywordAttribute.from < parserErrorAt)) parserErrorAt = keywordAttribute.from;
  const structure = structureError(src, lines, parserErrorAt, error === null);
  const parserAt = Math.min(structure?.at ?? Infinity, parserErrorAt ?? Infinity);
  // A string's own error comes when the parser reaches the string, before lezer's error in it.
  if (stringError && stringError.at <= parserAt && (!error || error.at > stringError.at)) {
    return error?.overrides ? strip(error) : strip(stringError);
  }
  // The tokenizer stops the parser where it fails, when the parser gets that far.
  if (error && error.at <= parserAt) return strip(error);
  if (parserAt === Infinity) return unclosed ? neverClosed(unclosed) : null;
  const fromStructure = structure !== null && structure.at <= (parserErrorAt ?? Infinity);
  const hint = fromStructure ? null : sideBySide(tokens, parserErrorAt!);
  const parserError: PySyntaxError = fromStructure ? strip(structure)
    : hint ? { type: 'SyntaxError', message: hint.message, line: hint.a.line }
    : { type: 'SyntaxError', message: 'invalid syntax', line: lineAt(src, parserErrorAt!) };
  if (fromStructure && structure.final) return parserError;
  // After a parser error CPython tokenizes the rest of the file: most tokenizer errors win, and a
  // bracket open at the end wins when the parser read up to the end or to a line below the bracket's.
  if (error) return error.overrides ? strip(error) : parserError;
  // The parser has read one token past the second expression (its lookahead).
  const reached = hint ? { at: hint.b.to, line: hint.after?.line ?? hint.b.line } : { at: parserAt, line: parserError.line };
  if (unclosed && (reached.at >= lastTokenEnd || reached.line > unclosed.line)) return neverClosed(unclosed);
  return parserError;
}

function neverClosed(open: { char: string; line: number }): PySyntaxError {
  return { type: 'SyntaxError', message: `'${open.char}' was never closed`, line: open.line };
}

function strip(e: PySyntaxError): PySyntaxError {
  return { type: e.type, message: e.message, line: e.line };
}

/** The 1-based line holding offset `at` of `src` (one scan; analysis/lines' lineIndex serves many lookups). */
export function lineAt(src: string, at: number): number {
  let n = 1;
  for (let k = 0; k < at && k < src.length; k++) if (src.charCodeAt(k) === 10) n++;
  return n;
}

/** The line holding the source's last character (where CPython's tokenizer meets the end). */
function lastLine(src: string): number {
  return lineAt(src, src.length - 1);
}
