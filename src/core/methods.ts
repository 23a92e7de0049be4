/**
 * Signatures of the public sampling methods of RandomState, Generator and Python's Random,
 * with NumPy's / Python's own parameter names in their positional order (`size` included
 * where NumPy takes it), matching the JavaScript methods one to one. The CLI
 * (`seedlab sample`), the embedded engine and the sample panel read these tables, so a method
 * added to a table is served everywhere without extra wiring.
 */
export interface ParamSpec {
  /** The keyword name NumPy or Python uses. */
  readonly name: string;
  /** Default value; absent means the parameter is required. */
  readonly default?: unknown;
  /** Python's keyword-only parameters (after `*`): they do not count as positional. */
  readonly keywordOnly?: true;
}

export interface MethodSpec {
  readonly params: readonly ParamSpec[];
  /** A method written in C in CPython (Random.random, getrandbits): its messages for bad calls differ. */
  readonly builtin?: true;
}

export type MethodTable = Readonly<Record<string, MethodSpec>>;

/** NumPy's `size=None`. */
export const SIZE: ParamSpec = { name: 'size', default: null };

/** A call that does not fit a method's signature (unknown keyword, missing argument). */
export class CallError extends Error {}

/**
 * Calls `obj[name]` with Python-style positional and keyword arguments bound by the method's
 * table (defaults filled in), so callers need not know each JavaScript signature. A call that does
 * not fit gets the message NumPy's Cython methods give, or with `owner` (Python's `Random`) the one
 * CPython gives for a method of that class.
 */
export function callMethod(obj: object, table: MethodTable, name: string, args: readonly unknown[] = [], kwargs: Readonly<Record<string, unknown>> = {}, owner?: string): unknown {
  const spec = table[name];
  if (!spec) throw new CallError(`no method ${name}; valid: ${Object.keys(table).join(', ')}`);
  const messages = owner === undefined ? cythonMessages(name) : pythonMessages(`${owner}.${name}`);
  const positional = spec.params.filter((p) => !p.keywordOnly);
  const required = positional.filter((p) => !('default' in p));
  if (spec.builtin && owner !== undefined && args.length !== positional.length) throw new CallError(messages.builtinArity(positional.length, args.length));
  if (args.length > positional.length) throw new CallError(messages.tooMany(required.length, positional.length, args.length));
  for (const k of Object.keys(kwargs)) {
    const at = spec.params.findIndex((p) => p.name === k);
    if (at < 0) throw new CallError(messages.unexpected(k));
    if (at < args.length) throw new CallError(messages.twice(k));
  }
  const missing = spec.params.filter((p, i) => i >= args.length && !(p.name in kwargs) && !('default' in p));
  if (missing.length > 0) throw new CallError(messages.missing(missing.map((p) => p.name), required.length, args.length));
  const bound = spec.params.map((p, i) => (i < args.length ? args[i] : p.name in kwargs ? kwargs[p.name] : p.default));
  return (obj as Record<string, (...a: unknown[]) => unknown>)[name](...bound);
}

interface CallMessages {
  tooMany(required: number, positional: number, given: number): string;
  unexpected(keyword: string): string;
  twice(keyword: string): string;
  missing(names: readonly string[], required: number, given: number): string;
  builtinArity(expected: number, given: number): string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What Cython's argument parsing says (NumPy's Generator and RandomState methods). */
function cythonMessages(name: string): CallMessages {
  return {
    tooMany: (_required, positional, given) => `${name}() takes at most ${plural(positional, 'positional argument')} (${given} given)`,
    unexpected: (k) => `${name}() got an unexpected keyword argument '${k}'`,
    twice: (k) => `${name}() got multiple values for keyword argument '${k}'`,
    missing: (_names, required, given) => `${name}() takes at least ${plural(required, 'positional argument')} (${given} given)`,
    builtinArity: (expected, given) => `${name}() takes exactly ${plural(expected, 'positional argument')} (${given} given)`,
  };
}

/** What CPython says for a method defined in Python (self counted among the positional arguments). */
function pythonMessages(qualname: string): CallMessages {
  return {
    tooMany: (required, positional, given) => (required === positional
      ? `${qualname}() takes ${plural(positional + 1, 'positional argument')} but ${given + 1} ${given + 1 === 1 ? 'was' : 'were'} given`
      : `${qualname}() takes from ${required + 1} to ${positional + 1} positional arguments but ${given + 1} were given`),
    unexpected: (k) => `${qualname}() got an unexpected keyword argument '${k}'`,
    twice: (k) => `${qualname}() got multiple values for argument '${k}'`,
    missing: (names) => `${qualname}() missing ${plural(names.length, 'required positional argument')}: ${quotedList(names)}`,
    builtinArity: (expected, given) => (expected === 0 ? `${qualname}() takes no arguments (${given} given)` : `${qualname}() takes exactly one argument (${given} given)`),
  };
}

/** 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's format_missing). */
function quotedList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(' and ');
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}
