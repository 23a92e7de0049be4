/**
 * Signatures of the public sampling methods of RandomState, Generator and Python's Random,
 * with NumPy's / Python's own parameter names and order. The CLI (`seedlab sample`), the
 * embedded engine and the sample panel read these tables, so a method added to a table is
 * served everywhere without extra wiring.
 */
export interface ParamSpec {
  /** The keyword name NumPy or Python uses. */
  readonly name: string;
  /** Default value; absent means the parameter is required. */
  readonly default?: unknown;
}

export interface MethodSpec {
  readonly params: readonly ParamSpec[];
  /** Whether the method takes NumPy's `size` keyword (Python's methods never do). */
  readonly sized: boolean;
}

export type MethodTable = Readonly<Record<string, MethodSpec>>;
