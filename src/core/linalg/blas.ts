/**
 * The few reference BLAS kernels LAPACK's blocked and divide-and-conquer code calls, in the loop
 * order of netlib's reference BLAS (Debian's libblas3). The order of the multiply-adds decides the
 * rounding, so each routine keeps the reference's loops, zero tests and quick returns, including
 * the ones that look redundant. No FMA: JavaScript rounds every product and sum separately.
 *
 * Calling convention: Fortran-like argument lists on column-major Float64Arrays. Each matrix
 * argument is (array, offset of its (1,1) element, leading dimension); vectors are (array, offset
 * of the first element, increment). Increments must be positive (LAPACK's callers here use 1 or
 * the leading dimension).
 */

export type Trans = 'N' | 'T';

/** C := alpha op(A) op(B) + beta C, C m-by-n, op(A) m-by-k (reference dgemm). */
export function dgemm(
  transa: Trans, transb: Trans, m: number, n: number, k: number, alpha: number,
  a: Float64Array, aOff: number, lda: number, b: Float64Array, bOff: number, ldb: number,
  beta: number, c: Float64Array, cOff: number, ldc: number,
): void {
  if (m === 0 || n === 0 || ((alpha === 0 || k === 0) && beta === 1)) return;
  if (alpha === 0) {
    for (let j = 0; j < n; j++) {
      const cj = cOff + j * ldc;
      for (let i = 0; i < m; i++) c[cj + i] = beta === 0 ? 0 : beta * c[cj + i];
    }
    return;
  }
  const nota = transa === 'N', notb = transb === 'N';
  if (nota) {
    // Column by column of C, rank-1 updates in l: C(:,j) += (alpha B(l,j)) A(:,l).
    for (let j = 0; j < n; j++) {
      const cj = cOff + j * ldc;
      if (beta === 0) for (let i = 0; i < m; i++) c[cj + i] = 0;
      else if (beta !== 1) for (let i = 0; i < m; i++) c[cj + i] = beta * c[cj + i];
      for (let l = 0; l < k; l++) {
        const temp = alpha * (notb ? b[bOff + l + j * ldb] : b[bOff + j + l * ldb]);
        const al = aOff + l * lda;
        for (let i = 0; i < m; i++) c[cj + i] = c[cj + i] + temp * a[al + i];
      }
    }
    return;
  }
  // A transposed: dot products down the columns of A, then alpha temp + beta C.
  for (let j = 0; j < n; j++) {
    const cj = cOff + j * ldc;
    for (let i = 0; i < m; i++) {
      const ai = aOff + i * lda;
      let temp = 0;
      if (notb) { const bj = bOff + j * ldb; for (let l = 0; l < k; l++) temp = temp + a[ai + l] * b[bj + l]; }
      else for (let l = 0; l < k; l++) temp = temp + a[ai + l] * b[bOff + j + l * ldb];
      c[cj + i] = beta === 0 ? alpha * temp : alpha * temp + beta * c[cj + i];
    }
  }
}

/**
 * B := alpha op(A) B (side 'L') or alpha B op(A) (side 'R'), A triangular ('U'/'L'), unit or
 * non-unit diagonal ('U'/'N'); B is m-by-n (reference dtrmm).
 */
export function dtrmm(
  side: 'L' | 'R', uplo: 'U' | 'L', transa: Trans, diag: 'U' | 'N', m: number, n: number, alpha: number,
  a: Float64Array, aOff: number, lda: number, b: Float64Array, bOff: number, ldb: number,
): void {
  if (m === 0 || n === 0) return;
  const A = (i: number, j: number): number => a[aOff + (i - 1) + (j - 1) * lda];
  const B = (i: number, j: number): number => bOff + (i - 1) + (j - 1) * ldb;
  const nounit = diag === 'N', upper = uplo === 'U';
  if (alpha === 0) {
    for (let j = 1; j <= n; j++) for (let i = 1; i <= m; i++) b[B(i, j)] = 0;
    return;
  }
  if (side === 'L') {
    if (transa === 'N') {
      if (upper) {
        for (let j = 1; j <= n; j++) {
          for (let k = 1; k <= m; k++) {
            if (b[B(k, j)] !== 0) {
              let temp = alpha * b[B(k, j)];
              for (let i = 1; i <= k - 1; i++) b[B(i, j)] = b[B(i, j)] + temp * A(i, k);
              if (nounit) temp = temp * A(k, k);
              b[B(k, j)] = temp;
            }
          }
        }
      } else {
        for (let j = 1; j <= n; j++) {
          for (let k = m; k >= 1; k--) {
            if (b[B(k, j)] !== 0) {
              const temp = alpha * b[B(k, j)];
              b[B(k, j)] = temp;
              if (nounit) b[B(k, j)] = b[B(k, j)] * A(k, k);
              for (let i = k + 1; i <= m; i++) b[B(i, j)] = b[B(i, j)] + temp * A(i, k);
            }
          }
        }
      }
    } else if (upper) {
      for (let j = 1; j <= n; j++) {
        for (let i = m; i >= 1; i--) {
          let temp = b[B(i, j)];
          if (nounit) temp = temp * A(i, i);
          for (let k = 1; k <= i - 1; k++) temp = temp + A(k, i) * b[B(k, j)];
          b[B(i, j)] = alpha * temp;
        }
      }
    } else {
      for (let j = 1; j <= n; j++) {
        for (let i = 1; i <= m; i++) {
          let temp = b[B(i, j)];
          if (nounit) temp = temp * A(i, i);
          for (let k = i + 1; k <= m; k++) temp = temp + A(k, i) * b[B(k, j)];
          b[B(i, j)] = alpha * temp;
        }
      }
    }
    return;
  }
  if (transa === 'N') {
    if (upper) {
      for (let j = n; j >= 1; j--) {
        let temp = alpha;
        if (nounit) temp = temp * A(j, j);
        for (let i = 1; i <= m; i++) b[B(i, j)] = temp * b[B(i, j)];
        for (let k = 1; k <= j - 1; k++) {
          if (A(k, j) !== 0) {
            temp = alpha * A(k, j);
            for (let i = 1; i <= m; i++) b[B(i, j)] = b[B(i, j)] + temp * b[B(i, k)];
          }
        }
      }
    } else {
      for (let j = 1; j <= n; j++) {
        let temp = alpha;
        if (nounit) temp = temp * A(j, j);
        for (let i = 1; i <= m; i++) b[B(i, j)] = temp * b[B(i, j)];
        for (let k = j + 1; k <= n; k++) {
          if (A(k, j) !== 0) {
            temp = alpha * A(k, j);
            for (let i = 1; i <= m; i++) b[B(i, j)] = b[B(i, j)] + temp * b[B(i, k)];
          }
        }
      }
    }
  } else if (upper) {
    for (let k = 1; k <= n; k++) {
      for (let j = 1; j <= k - 1; j++) {
        if (A(j, k) !== 0) {
          const temp = alpha * A(j, k);
          for (let i = 1; i <= m; i++) b[B(i, j)] = b[B(i, j)] + temp * b[B(i, k)];
        }
      }
      let temp = alpha;
      if (nounit) temp = temp * A(k, k);
      if (temp !== 1) for (let i = 1; i <= m; i++) b[B(i, k)] = temp * b[B(i, k)];
    }
  } else {
    for (let k = n; k >= 1; k--) {
      for (let j = k + 1; j <= n; j++) {
        if (A(j, k) !== 0) {
          const temp = alpha * A(j, k);
          for (let i = 1; i <= m; i++) b[B(i, j)] = b[B(i, j)] + temp * b[B(i, k)];
        }
      }
      let temp = alpha;
      if (nounit) temp = temp * A(k, k);
      if (temp !== 1) for (let i = 1; i <= m; i++) b[B(i, k)] = temp * b[B(i, k)];
    }
  }
}

/** y := alpha op(A) x + beta y, A m-by-n (reference dgemv). */
export function dgemv(
  trans: Trans, m: number, n: number, alpha: number, a: Float64Array, aOff: number, lda: number,
  x: Float64Array, xOff: number, incx: number, beta: number, y: Float64Array, yOff: number, incy: number,
): void {
  if (m === 0 || n === 0 || (alpha === 0 && beta === 1)) return;
  const leny = trans === 'N' ? m : n, lenx = trans === 'N' ? n : m;
  if (beta !== 1) for (let i = 0; i < leny; i++) y[yOff + i * incy] = beta === 0 ? 0 : beta * y[yOff + i * incy];
  if (alpha === 0) return;
  if (trans === 'N') {
    for (let j = 0; j < lenx; j++) {
      const temp = alpha * x[xOff + j * incx];
      const aj = aOff + j * lda;
      for (let i = 0; i < m; i++) y[yOff + i * incy] = y[yOff + i * incy] + temp * a[aj + i];
    }
  } else {
    for (let j = 0; j < n; j++) {
      let temp = 0;
      const aj = aOff + j * lda;
      for (let i = 0; i < m; i++) temp = temp + a[aj + i] * x[xOff + i * incx];
      y[yOff + j * incy] = y[yOff + j * incy] + alpha * temp;
    }
  }
}

/** x := A x with A n-by-n triangular, no transpose (reference dtrmv, TRANS = 'N'). */
export function dtrmvN(uplo: 'U' | 'L', diag: 'U' | 'N', n: number, a: Float64Array, aOff: number, lda: number, x: Float64Array, xOff: number, incx: number): void {
  if (n === 0) return;
  const nounit = diag === 'N';
  const X = (i: number): number => xOff + (i - 1) * incx;
  const A = (i: number, j: number): number => a[aOff + (i - 1) + (j - 1) * lda];
  if (uplo === 'U') {
    for (let j = 1; j <= n; j++) {
      if (x[X(j)] !== 0) {
        const temp = x[X(j)];
        for (let i = 1; i <= j - 1; i++) x[X(i)] = x[X(i)] + temp * A(i, j);
        if (nounit) x[X(j)] = x[X(j)] * A(j, j);
      }
    }
  } else {
    for (let j = n; j >= 1; j--) {
      if (x[X(j)] !== 0) {
        const temp = x[X(j)];
        for (let i = n; i >= j + 1; i--) x[X(i)] = x[X(i)] + temp * A(i, j);
        if (nounit) x[X(j)] = x[X(j)] * A(j, j);
      }
    }
  }
}

/** A := A + alpha x y' (reference dger: columns whose y(j) is zero are skipped). */
export function dger(m: number, n: number, alpha: number, x: Float64Array, xOff: number, incx: number, y: Float64Array, yOff: number, incy: number, a: Float64Array, aOff: number, lda: number): void {
  if (m === 0 || n === 0 || alpha === 0) return;
  for (let j = 0; j < n; j++) {
    const yj = y[yOff + j * incy];
    if (yj !== 0) {
      const temp = alpha * yj;
      const aj = aOff + j * lda;
      for (let i = 0; i < m; i++) a[aj + i] = a[aj + i] + x[xOff + i * incx] * temp;
    }
  }
}

export function dcopy(n: number, x: Float64Array, xOff: number, incx: number, y: Float64Array, yOff: number, incy: number): void {
  for (let i = 0; i < n; i++) y[yOff + i * incy] = x[xOff + i * incx];
}

export function dscal(n: number, alpha: number, x: Float64Array, xOff: number, incx: number): void {
  for (let i = 0; i < n; i++) x[xOff + i * incx] = alpha * x[xOff + i * incx];
}

export function dswap(n: number, x: Float64Array, xOff: number, incx: number, y: Float64Array, yOff: number, incy: number): void {
  for (let i = 0; i < n; i++) {
    const t = x[xOff + i * incx];
    x[xOff + i * incx] = y[yOff + i * incy];
    y[yOff + i * incy] = t;
  }
}

// dnrm2's (LAPACK 3.10+ dnrm2.f90, Blue's algorithm) thresholds and scalings for IEEE double.
const TSML = 2 ** -511, TBIG = 2 ** 486, SSML = 2 ** 537, SBIG = 2 ** -538;

/** The Euclidean norm with Blue's three accumulators, as the reference dnrm2.f90 computes it. */
export function dnrm2(n: number, x: Float64Array, xOff: number, incx: number): number {
  if (n <= 0) return 0;
  let notbig = true, asml = 0, amed = 0, abig = 0;
  for (let i = 0; i < n; i++) {
    const ax = Math.abs(x[xOff + i * incx]);
    if (ax > TBIG) { const t = ax * SBIG; abig = abig + t * t; notbig = false; }
    else if (ax < TSML) { if (notbig) { const t = ax * SSML; asml = asml + t * t; } }
    else amed = amed + ax * ax;
  }
  let scl = 1, sumsq: number;
  if (abig > 0) {
    if (amed > 0 || amed > Number.MAX_VALUE || amed !== amed) abig = abig + (amed * SBIG) * SBIG;
    scl = 1 / SBIG;
    sumsq = abig;
  } else if (asml > 0) {
    if (amed > 0 || amed > Number.MAX_VALUE || amed !== amed) {
      const am = Math.sqrt(amed), as = Math.sqrt(asml) / SSML;
      const ymin = as > am ? am : as, ymax = as > am ? as : am;
      scl = 1;
      const r = ymin / ymax;
      sumsq = ymax * ymax * (1 + r * r);
    } else {
      scl = 1 / SSML;
      sumsq = asml;
    }
  } else {
    sumsq = amed;
  }
  return scl * Math.sqrt(sumsq);
}

/** Reference ddot with unit strides (its 5-way unrolled loop adds in the same left-to-right order). */
export function ddot(n: number, x: Float64Array, xOff: number, y: Float64Array, yOff: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t = t + x[xOff + i] * y[yOff + i];
  return t;
}

/** Reference daxpy with unit strides: y += alpha x; nothing at all when alpha is zero. */
export function daxpy(n: number, alpha: number, x: Float64Array, xOff: number, y: Float64Array, yOff: number): void {
  if (n <= 0 || alpha === 0) return;
  for (let i = 0; i < n; i++) y[yOff + i] = y[yOff + i] + alpha * x[xOff + i];
}

/** Reference dsymv('L') with unit strides: y := alpha A x + beta y from A's lower triangle. */
export function dsymvL(n: number, alpha: number, a: Float64Array, aOff: number, lda: number, x: Float64Array, xOff: number, beta: number, y: Float64Array, yOff: number): void {
  if (n === 0 || (alpha === 0 && beta === 1)) return;
  if (beta !== 1) for (let i = 0; i < n; i++) y[yOff + i] = beta === 0 ? 0 : beta * y[yOff + i];
  if (alpha === 0) return;
  for (let j = 0; j < n; j++) {
    const temp1 = alpha * x[xOff + j];
    let temp2 = 0;
    const aj = aOff + j * lda;
    y[yOff + j] = y[yOff + j] + temp1 * a[aj + j];
    for (let i = j + 1; i < n; i++) {
      y[yOff + i] = y[yOff + i] + temp1 * a[aj + i];
      temp2 = temp2 + a[aj + i] * x[xOff + i];
    }
    y[yOff + j] = y[yOff + j] + alpha * temp2;
  }
}

/**
 * Reference dsyr2k('L', 'N') with beta = 1: C := alpha (A B' + B A') + C on the lower triangle of
 * the n-by-n C, A and B n-by-k; for column j of C, column l is skipped when A(j,l) and B(j,l) are both zero.
 */
export function dsyr2kLN(n: number, k: number, alpha: number, a: Float64Array, aOff: number, lda: number, b: Float64Array, bOff: number, ldb: number, c: Float64Array, cOff: number, ldc: number): void {
  if (n === 0 || alpha === 0 || k === 0) return;
  for (let j = 0; j < n; j++) {
    const cj = cOff + j * ldc;
    for (let l = 0; l < k; l++) {
      const ajl = a[aOff + j + l * lda], bjl = b[bOff + j + l * ldb];
      if (ajl !== 0 || bjl !== 0) {
        const temp1 = alpha * bjl, temp2 = alpha * ajl;
        const al = aOff + l * lda, bl = bOff + l * ldb;
        for (let i = j; i < n; i++) c[cj + i] = c[cj + i] + a[al + i] * temp1 + b[bl + i] * temp2;
      }
    }
  }
}
