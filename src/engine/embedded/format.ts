/**
 * Python's format-spec mini-language (f-strings, format()) for str, int and float:
 * [[fill]align][sign][#][0][width][,|_][.precision][type].
 */
import { NpScalar, PyRaise, PyTuple, repr, str, tpName, typeName, Value } from './values';

// The type is any last character: an unknown one is 'Unknown format code', junk before it 'Invalid format specifier'.
const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$/;

export function formatValue(v: Value, spec: string): string {
  if (v instanceof NpScalar) v = typeof v.value === 'boolean' ? v.value : v.value;
  if (spec === '') return str(v);
  const m = SPEC.exec(spec);
  if (!m) {
    // Python's parser stops at a '.' with no digits after it before judging the rest.
    if (/^(?:.?[<>=^])?[+\- ]?#?0?\d*[,_]?\.(?!\d)/.test(spec)) throw new PyRaise('ValueError', 'Format specifier missing precision');
    throw new PyRaise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  }
  const [, fillChar, align, sign = '-', , zero, widthStr, grouping, precStr, type] = m;
  const width = widthStr ? Number(widthStr) : 0;
  const precision = precStr === undefined ? undefined : Number(precStr);
  let body: string;
  let numeric = true;
  if (typeof v === 'string') {
    if (type && type !== 's') throw new PyRaise('ValueError', `Unknown format code '${type}' for object of type 'str'`);
    body = precision === undefined ? v : v.slice(0, precision);
    numeric = false;
  } else if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
    if (precision !== undefined && (!type || 'bcdnoxX'.includes(type))) throw new PyRaise('ValueError', 'Precision not allowed in integer format specifier');
    if (!type || type === 'd' || type === 'n') body = groupDigits((n < 0n ? -n : n).toString(), grouping);
    else if (type === 'x' || type === 'X' || type === 'o' || type === 'b') {
      const radix = type === 'b' ? 2 : type === 'o' ? 8 : 16;
      body = (n < 0n ? -n : n).toString(radix);
      if (type === 'X') body = body.toUpperCase();
    } else {
      return formatValue(Number(n), spec);
    }
    body = signed(n < 0n, body, sign);
  } else if (typeof v === 'number') {
    body = signed(v < 0 || Object.is(v, -0), formatFloat(Math.abs(v), type, precision, grouping), sign);
  } else {
    if (spec !== '') throw new PyRaise('TypeError', `unsupported format string passed to ${tpName(v)}.__format__`);
    return str(v);
  }
  const fill = fillChar ?? (zero && !align ? '0' : ' ');
  const how = align ?? (zero ? '=' : numeric ? '>' : '<');
  if (body.length >= width) return body;
  const pad = width - body.length;
  switch (how) {
    case '<': return body + fill.repeat(pad);
    case '>': return fill.repeat(pad) + body;
    case '^': return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(pad - Math.floor(pad / 2));
    default: {
      const signChar = /^[+\- ]/.test(body) ? body[0] : '';
      return signChar + fill.repeat(pad) + body.slice(signChar.length);
    }
  }
}

function signed(negative: boolean, body: string, sign: string): string {
  if (negative) return '-' + body;
  return sign === '+' ? '+' + body : sign === ' ' ? ' ' + body : body;
}

function groupDigits(digits: string, sep: string | undefined): string {
  if (!sep) return digits;
  const [intPart, frac] = digits.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** x >= 0 formatted for a float presentation type. */
function formatFloat(x: number, type: string | undefined, precision: number | undefined, grouping: string | undefined): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? (type && type === type.toUpperCase() && type !== '%' ? 'NAN' : 'nan') : (type && /[EFG]/.test(type) ? 'INF' : 'inf');
  const p = precision ?? 6;
  switch (type) {
    case 'f': case 'F': return groupDigits(x.toFixed(p), grouping);
    case 'e': case 'E': { const s = expForm(x, p); return type === 'E' ? s.toUpperCase() : s; }
    case '%': return groupDigits((x * 100).toFixed(p), grouping) + '%';
    case 'g': case 'G': { const s = generalForm(x, p === 0 ? 1 : p, false); return type === 'G' ? s.toUpperCase() : s; }
    case undefined: case 'n': {
      if (precision === undefined) return groupDigits(str(x), grouping);
      const s = generalForm(x, precision === 0 ? 1 : precision, true);
      return groupDigits(s, grouping);
    }
  }
  throw new PyRaise('ValueError', `Unknown format code '${type}' for object of type 'float'`);
}

/** C-style %e with an exponent of at least two digits. */
function expForm(x: number, p: number): string {
  const [m, e] = x.toExponential(p).split('e');
  const exp = Number(e);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** %g: scientific if the exponent is < -4 or >= p, trailing zeros removed (kept to one place for format's default type). */
function generalForm(x: number, p: number, keepPoint: boolean): string {
  if (x === 0) return keepPoint ? '0.0' : '0';
  const exp = Number(x.toExponential(p - 1).split('e')[1]);
  let s: string;
  if (exp < -4 || exp >= p) {
    s = expForm(x, p - 1);
    s = s.replace(/\.?0+e/, 'e');
  } else {
    s = x.toFixed(Math.max(0, p - 1 - exp));
    if (s.includes('.')) s = s.replace(/\.?0+$/, '');
    if (keepPoint && !s.includes('.') && !s.includes('e')) s += '.0';
  }
  return s;
}

/** printf-style `format % values` for the conversions snippets use: d i f F e E g G s r x o % and flags. */
export function percentFormat(fmt: string, values: Value): string {
  const args = values instanceof PyTuple ? [...values.items] : [values];
  let k = 0;
  const out = fmt.replace(/%([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([diouxXeEfFgGcrs%])/g, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (k >= args.length) throw new PyRaise('TypeError', 'not enough arguments for format string');
    const v = args[k++];
    const align = flags.includes('-') ? '<' : '';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !align ? '0' : '';
    const spec = `${align}${sign}${zero}${width ?? ''}${prec !== undefined ? `.${prec}` : ''}`;
    if (conv === 's') return formatValue(str(v), `${align}${width ?? ''}${prec !== undefined ? `.${prec}` : ''}`);
    if (conv === 'r') return formatValue(repr(v), `${align}${width ?? ''}`);
    if (conv === 'i' || conv === 'u') conv = 'd';
    const num = conv === 'd' && typeof v === 'number' ? BigInt(Math.trunc(v)) : v;
    return formatValue(num, spec + conv);
  });
  if (k < args.length) throw new PyRaise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
