/**
 * NumPy 2.x's array printing (numpy/_core/arrayprint.py) with its default options: precision 8,
 * floatmode 'maxprec', linewidth 75, threshold 1000, edgeitems 3, no suppression. str() is what
 * print() shows; repr() adds `array(`, `dtype=` where NumPy does not imply it, and `shape=` when
 * summarised.
 */
import { NDArray } from '../../core/ndarray';
import { pyStrRepr, shortestExponential } from '../../core/pyvalues';

export interface PrintOptions {
  /** NumPy's `legacy` print option: '1.25' (or older) prints scalars as NumPy 1.x did, e.g. 0.5 not np.float64(0.5). */
  legacy: string | false;
  precision: number;
  suppress: boolean;
  threshold: number;
  linewidth: number;
  edgeitems: number;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { legacy: false, precision: 8, suppress: false, threshold: 1000, linewidth: 75, edgeitems: 3 };

type Formatter = (v: number | bigint) => string;

/** Dtypes repr leaves out: float64, int64 and bool. */
const IMPLIED = new Set(['float64', 'int64', 'bool']);

export function arrayStr(a: NDArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (a.shape.length === 0) return scalarStr(a, opts);
  return array2string(a, opts, ' ', '', '');
}

export function arrayRepr(a: NDArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const prefix = 'array(';
  const size = a.data.length;
  const body = a.shape.length === 0 ? scalarStr(a, opts) : array2string(a, opts, ', ', prefix, ')');
  const extras: string[] = [];
  if ((size === 0 && !(a.shape.length === 1 && a.shape[0] === 0)) || size > opts.threshold) extras.push(`shape=${tupleRepr(a.shape)}`);
  if (!IMPLIED.has(a.dtype) || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const arrStr = `${prefix}${body},`;
  const extra = `${extras.join(', ')})`;
  const lastLine = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > opts.linewidth ? `\n${' '.repeat(prefix.length)}` : ' ';
  return arrStr + spacer + extra;
}

/** A str array printed as NumPy does: each element's repr, no padding. */
export function strArrayStr(items: readonly string[], shape: readonly number[], opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (items.length === 0) return '[]';
  return formatArray(indexArray(shape), (i) => pyStrRepr(items[Number(i)]), opts.linewidth, ' ', ' ', opts.edgeitems, '');
}

export function strArrayRepr(items: readonly string[], shape: readonly number[], opts: PrintOptions = DEFAULT_PRINT_OPTIONS, width = items.reduce((m, s) => Math.max(m, [...s].length), 1)): string {
  // An empty array says its shape unless it is plainly (0,), as numeric ones do.
  if (items.length === 0) return `array([], ${shape.length === 1 && shape[0] === 0 ? '' : `shape=${tupleRepr(shape)}, `}dtype='<U${width}')`;
  const body = formatArray(indexArray(shape), (i) => pyStrRepr(items[Number(i)]), opts.linewidth - 1, ' '.repeat(7), ', ', opts.edgeitems, '');
  const arrStr = `array(${body},`;
  const extra = `dtype='<U${width}')`;
  const lastLine = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
  return arrStr + (lastLine + extra.length + 1 > opts.linewidth ? '\n' + ' '.repeat(6) : ' ') + extra;
}

function indexArray(shape: readonly number[]): NDArray {
  const n = shape.reduce((p, d) => p * d, 1);
  return { dtype: 'float64', shape, data: Float64Array.from({ length: n }, (_, i) => i) };
}

export function tupleRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

function scalarStr(a: NDArray, opts: PrintOptions): string {
  const v = a.data[0] as number | bigint;
  return makeFormatter(a, [v], opts)(v);
}

function array2string(a: NDArray, opts: PrintOptions, separator: string, prefix: string, suffix: string): string {
  const size = a.data.length;
  if (size === 0) return '[]';
  const summarise = size > opts.threshold;
  const shown = summarise ? leadingTrailing(a, opts.edgeitems) : Array.from(a.data as ArrayLike<number | bigint>);
  const format = makeFormatter(a, shown, opts);
  const lineWidth = opts.linewidth - suffix.length;
  return formatArray(a, format, lineWidth, ' ' + ' '.repeat(prefix.length), separator, opts.edgeitems, summarise ? '...' : '');
}

/** The elements a summarised array shows (edge items along every axis). */
function leadingTrailing(a: NDArray, edge: number): Array<number | bigint> {
  const out: Array<number | bigint> = [];
  const strides = stridesOf(a.shape);
  const rec = (axis: number, offset: number): void => {
    if (axis === a.shape.length) { out.push(a.data[offset] as number | bigint); return; }
    const n = a.shape[axis];
    const idx = 2 * edge < n ? [...range(0, edge), ...range(n - edge, n)] : range(0, n);
    for (const i of idx) rec(axis + 1, offset + i * strides[axis]);
  };
  rec(0, 0);
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}

function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) { s[k] = step; step *= shape[k]; }
  return s;
}

function makeFormatter(a: NDArray, shown: Array<number | bigint>, opts: PrintOptions): Formatter {
  if (a.dtype === 'bool') {
    const isArray = a.shape.length > 0;
    return (v) => (Number(v) ? (isArray ? ' True' : 'True') : 'False');
  }
  if (a.dtype === 'float64' || a.dtype === 'float32') return floatFormatter(shown.map(Number), opts, a.dtype === 'float32');
  const strs = shown.map((v) => String(v));
  const width = strs.reduce((m, s) => Math.max(m, s.length), 0);
  return (v) => String(v).padStart(width);
}

/** NumPy's FloatingFormat in 'maxprec' mode (float32 with its own digits and exponent cutoff). */
function floatFormatter(values: number[], opts: PrintOptions, f32 = false): Formatter {
  const positional = (x: number, precision: number): string => positionalDigits(x, precision, f32);
  const scientific = (x: number, precision: number, minDigits: number, expSize = 2): string => scientificDigits(x, precision, minDigits, expSize, f32);
  // NumPy 2.3+ starts exponents at 10**min(8, finfo.precision): 1e6 for float32; 1e8 before.
  const legacy = opts.legacy !== false && Number(opts.legacy) <= 2.2;
  const expCutoff = f32 && !legacy ? 1e6 : 1e8;
  const finite = values.filter(Number.isFinite);
  const absNonZero = finite.filter((x) => x !== 0).map(Math.abs);
  let expFormat = false;
  if (absNonZero.length > 0) {
    const max = Math.max(...absNonZero);
    const min = Math.min(...absNonZero);
    expFormat = max >= expCutoff || (!opts.suppress && (min < 0.0001 || max / min > 1000));
  }
  let padLeft = 0;
  let padRight = 0;
  let fmt: (x: number) => string;
  if (finite.length === 0) {
    fmt = (x) => positional(x, opts.precision);
  } else if (expFormat) {
    const strs = finite.map((x) => scientific(x, opts.precision, 0));
    const expSize = Math.max(...strs.map((s) => s.length - s.indexOf('e') - 1)) - 1;
    const precision = Math.max(...strs.map((s) => s.slice(s.indexOf('.') + 1, s.indexOf('e')).length));
    padLeft = Math.max(...strs.map((s) => s.indexOf('.')));
    padRight = expSize + 2 + precision;
    fmt = (x) => {
      const s = scientific(x, opts.precision, precision, expSize);
      const dot = s.indexOf('.');
      return s.slice(0, dot).padStart(padLeft) + s.slice(dot).padEnd(padRight + 1);
    };
  } else {
    const strs = finite.map((x) => positional(x, opts.precision));
    padLeft = Math.max(...strs.map((s) => s.indexOf('.')));
    padRight = Math.max(...strs.map((s) => s.length - s.indexOf('.') - 1));
    fmt = (x) => {
      const s = positional(x, opts.precision);
      const dot = s.indexOf('.');
      return s.slice(0, dot).padStart(padLeft) + s.slice(dot).padEnd(padRight + 1);
    };
  }
  if (finite.length !== values.length) {
    const negInf = values.some((x) => x === -Infinity);
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  return (v) => {
    const x = Number(v);
    if (!Number.isFinite(x)) {
      const s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
      return ' '.repeat(Math.max(0, padLeft + padRight + 1 - s.length)) + s;
    }
    return fmt(x);
  };
}

/**
 * Dragon4 positional, unique digits capped at `precision` fractional digits (ties to even on the
 * exact binary value), trailing zeros trimmed but the point kept ("1.").
 */
export function positional(x: number, precision: number): string {
  return positionalDigits(x, precision, false);
}

function positionalDigits(x: number, precision: number, f32: boolean): string {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let s = shortestFixed(ax, f32);
  const dot = s.indexOf('.');
  if (dot >= 0 && s.length - dot - 1 > precision) s = roundFixed(ax, precision);
  if (!s.includes('.')) s += '.';
  s = s.replace(/0+$/, '');
  return (neg ? '-' : '') + s;
}

/** The shortest round-trip digits of x >= 0 written positionally. */
function shortestFixed(x: number, f32: boolean): string {
  const [mant, expStr] = shortestExponential(x, f32).split('e');
  const digits = mant.replace('.', '');
  const e = Number(expStr);
  if (e >= 0) {
    return digits.length <= e + 1 ? digits + '0'.repeat(e + 1 - digits.length) : `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  }
  return `0.${'0'.repeat(-e - 1)}${digits}`;
}

/** x >= 0 rounded to `precision` fractional digits, ties to even, from its exact decimal expansion. */
function roundFixed(x: number, precision: number): string {
  const exact = x.toFixed(100); // exact for the magnitudes printed positionally
  const dot = exact.indexOf('.');
  const keep = exact.slice(0, dot + 1 + precision);
  const rest = exact.slice(dot + 1 + precision);
  const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(keep[keep.length - 1]) % 2 === 1));
  if (!up) return keep;
  const digits = (keep.slice(0, dot) + keep.slice(dot + 1)).split('').map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) digits[i--] = 0;
  if (i < 0) digits.unshift(1); else digits[i]++;
  const intLen = digits.length - precision;
  return `${digits.slice(0, intLen).join('')}.${digits.slice(intLen).join('')}`;
}

/** Dragon4 scientific: unique digits capped at `precision`, padded to `minDigits`, exponent of at least 2 (or expSize) digits. */
export function scientific(x: number, precision: number, minDigits: number, expSize = 2): string {
  return scientificDigits(x, precision, minDigits, expSize, false);
}

function scientificDigits(x: number, precision: number, minDigits: number, expSize: number, f32: boolean): string {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let [mant, e] = shortestExponential(ax, f32).split('e');
  if (mant.length - 2 > precision) [mant, e] = ax.toExponential(precision).split('e');
  if (!mant.includes('.')) mant += '.';
  mant = mant.replace(/0+$/, '');
  const frac = mant.length - mant.indexOf('.') - 1;
  // Digits past the unique ones are the value's own, rounded (Dragon4's min_digits): zeros for a
  // double's few digits, but not for a float's (e.g. 28.15486907958984375 as 2.8154869e+01).
  if (frac < minDigits && f32) [mant, e] = ax.toExponential(minDigits).split('e');
  else if (frac < minDigits) mant += '0'.repeat(minDigits - frac);
  const exp = Number(e);
  const expDigits = String(Math.abs(exp)).padStart(Math.max(2, expSize), '0');
  return `${neg ? '-' : ''}${mant}e${exp < 0 ? '-' : '+'}${expDigits}`;
}

function formatArray(a: NDArray, format: Formatter, lineWidth: number, nextLinePrefix: string, separator: string, edge: number, summaryInsert: string): string {
  const strides = stridesOf(a.shape);
  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === a.shape.length) return format(a.data[offset] as number | bigint);
    const nextHanging = hanging + ' ';
    const nextWidth = width - 1;
    const n = a.shape[axis];
    const summary = summaryInsert !== '' && 2 * edge < n;
    const leading = summary ? edge : 0;
    const trailing = summary ? edge : n;
    const child = (i: number): string => recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth);
    let s = '';
    if (axis === a.shape.length - 1) {
      const sepWidth = separator.trimEnd().length;
      let elemWidth = width - Math.max(sepWidth, 1);
      let line = hanging;
      const extend = (word: string): void => {
        let wrap = line.length + word.length > elemWidth;
        if (line.length <= hanging.length) wrap = false;
        if (wrap) { s += line.trimEnd() + '\n'; line = hanging; }
        line += word;
      };
      for (let i = 0; i < leading; i++) { extend(child(i)); line += separator; }
      if (summary) { extend(summaryInsert); line += separator; }
      for (let i = trailing; i > 1; i--) { extend(child(n - i)); line += separator; }
      elemWidth = width - Math.max(sepWidth, 1);
      extend(child(n - 1));
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(a.shape.length - axis - 1);
      for (let i = 0; i < leading; i++) s += hanging + child(i) + lineSep;
      if (summary) s += hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + child(n - i) + lineSep;
      s += hanging + child(n - 1);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return recurse(0, 0, nextLinePrefix, lineWidth);
}
