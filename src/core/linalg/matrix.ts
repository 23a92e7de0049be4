/**
 * Dense column-major square matrices as LAPACK stores them, converted from and to row-major
 * nested arrays (NumPy's layout).
 */

/** An n-by-n matrix stored column by column: element (i, j), 1-based, at a[(i-1) + (j-1)*n]. */
export interface ColMajor {
  readonly n: number;
  readonly a: Float64Array;
}

export function zeros(n: number): ColMajor {
  return { n, a: new Float64Array(n * n) };
}

export function identity(n: number): ColMajor {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m.a[i + i * n] = 1;
  return m;
}

/** From a row-major Float64Array (rows of NumPy's array, as LAPACK sees numpy's matrix). */
export function fromRowMajor(n: number, rows: ArrayLike<number>): ColMajor {
  const m = zeros(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.a[i + j * n] = rows[i * n + j];
  return m;
}

/** Back to row-major: out[i*n + j] = element (i+1, j+1). */
export function toRowMajor(m: ColMajor): Float64Array {
  const { n, a } = m;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = a[i + j * n];
  return out;
}

/** Swaps columns p and q (1-based) of an m-row block stored with leading dimension ld. */
export function swapColumns(a: Float64Array, ld: number, rows: number, p: number, q: number): void {
  const op = (p - 1) * ld, oq = (q - 1) * ld;
  for (let i = 0; i < rows; i++) { const t = a[op + i]; a[op + i] = a[oq + i]; a[oq + i] = t; }
}

/** Swaps rows p and q (1-based) across `cols` columns. */
export function swapRows(a: Float64Array, ld: number, cols: number, p: number, q: number): void {
  for (let j = 0; j < cols; j++) { const t = a[p - 1 + j * ld]; a[p - 1 + j * ld] = a[q - 1 + j * ld]; a[q - 1 + j * ld] = t; }
}
