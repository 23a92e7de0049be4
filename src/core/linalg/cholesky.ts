/**
 * numpy.linalg.cholesky(a) (lower, reading the lower triangle), as LAPACK's dpotrf computes it:
 * a right-looking elimination in the order of the reference dpotrf2 / dtrsm / dsyrk (each column
 * scaled by the reciprocal of its pivot), failing with NumPy's message when a pivot is not positive
 * (or is NaN).
 */
import { LinAlgError } from './consts';

/** The lower Cholesky factor of the row-major n-by-n matrix `rows`, row-major, zeros above the diagonal. */
export function cholesky(n: number, rows: ArrayLike<number>): Float64Array {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let ajj = rows[j * n + j];
    for (let k = 0; k < j; k++) ajj -= l[j * n + k] * l[j * n + k];
    if (!(ajj > 0)) throw new LinAlgError('Matrix is not positive definite');
    ajj = Math.sqrt(ajj);
    l[j * n + j] = ajj;
    const inv = 1 / ajj;
    for (let i = j + 1; i < n; i++) {
      let s = rows[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = s * inv;
    }
  }
  return l;
}
