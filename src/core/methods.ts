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
}

export interface MethodSpec {
  readonly params: readonly ParamSpec[];
}

export type MethodTable = Readonly<Record<string, MethodSpec>>;

/** NumPy's `size=None`. */
export const SIZE: ParamSpec = { name: 'size', default: null };

/** A call that does not fit a method's signature (unknown keyword, missing argument). */
export class CallError extends Error {}

/**
 * Calls `obj[name]` with Python-style positional and keyword arguments bound by the method's
 * table (defaults filled in), so callers need not know each JavaScript signature.
 */
export function callMethod(obj: object, table: MethodTable, name: string, args: readonly unknown[] = [], kwargs: Readonly<Record<string, unknown>> = {}): unknown {
  const spec = table[name];
  if (!spec) throw new CallError(`no method ${name}; valid: ${Object.keys(table).join(', ')}`);
  if (args.length > spec.params.length) throw new CallError(`${name}() takes at most ${spec.params.length} arguments (${args.length} given)`);
  const bound = spec.params.map((p, i) => {
    if (i < args.length) {
      if (p.name in kwargs) throw new CallError(`${name}() got multiple values for argument '${p.name}'`);
      return args[i];
    }
    if (p.name in kwargs) return kwargs[p.name];
    if (!('default' in p)) throw new CallError(`${name}() missing required argument: '${p.name}'`);
    return p.default;
  });
  for (const k of Object.keys(kwargs)) {
    if (!spec.params.some((p) => p.name === k)) throw new CallError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  return (obj as Record<string, (...a: unknown[]) => unknown>)[name](...bound);
}
