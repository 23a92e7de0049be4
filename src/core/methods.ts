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

export const takesSize = (spec: MethodSpec): boolean => spec.params.some((p) => p.name === 'size');
