/**
 * The symmetric matrices of test/fixtures/linalg/eigh_large.json, rebuilt from their recipes as
 * test/fixtures/linalg/generate.py's eigh_matrix builds them: a Park-Miller generator and only
 * operations that round the same everywhere (entries k/1024, Gram products and sums that are exact
 * in any order, single IEEE divisions, power-of-two scalings). The fixture's SHA-256 of each
 * matrix's bytes checks the two stay in step. Row-major n-by-n.
 */

class ParkMiller {
  constructor(private x: number) {}
  next(): number {
    this.x = (this.x * 48271) % 2147483647; // below 2^47: exact in a double
    return this.x;
  }
  dyadic(): number {
    return ((this.next() % 2047) - 1023) / 1024;
  }
}

/** rows x cols of g.dyadic(), generated row by row. */
function rand(g: ParkMiller, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => g.dyadic()));
}

/** b b' (exact: every product and partial sum is an integer over 2^20 below 2^53). */
function gram(b: number[][]): number[][] {
  return b.map((p) => b.map((q) => p.reduce((acc, x, k) => acc + x * q[k], 0)));
}

export function eighMatrix(kind: string, n: number, seed: number): Float64Array {
  const g = new ParkMiller(seed);
  const a = new Float64Array(n * n);
  const put = (m: number[][], lo = 0): void => m.forEach((row, i) => row.forEach((x, j) => { a[(lo + i) * n + lo + j] = x; }));
  const symmetrize = (s: number[][]): number[][] => s.map((row, i) => row.map((x, j) => x + s[j][i]));
  switch (kind) {
    case 'spd': put(gram(rand(g, n, n))); break;
    case 'indefinite': put(symmetrize(rand(g, n, n))); break;
    case 'psd rank n/3': put(gram(rand(g, n, Math.floor(n / 3)))); break;
    case 'repeated (2I + rank n/8)': put(gram(rand(g, n, Math.max(1, Math.floor(n / 8)))).map((row, i) => row.map((x, j) => (i === j ? 2 : 0) + x))); break;
    case 'diagonal': for (let i = 0; i < n; i++) a[i * n + i] = g.dyadic(); break;
    case 'block diagonal': {
      const cuts = [0, Math.floor(n / 2), Math.floor(n / 2) + Math.floor(n / 3), n];
      for (let k = 0; k < 3; k++) put(gram(rand(g, cuts[k + 1] - cuts[k], cuts[k + 1] - cuts[k])), cuts[k]);
      break;
    }
    case 'repeated blocks': {
      const b = symmetrize(rand(g, 7, 7));
      for (let lo = 0; lo < n - 6; lo += 7) put(b, lo);
      break;
    }
    case 'integer': put(symmetrize(Array.from({ length: n }, () => Array.from({ length: n }, () => (g.next() % 7) - 3)))); break;
    case 'ones': a.fill(1); break;
    case 'wilkinson': {
      const m = (n - 1) / 2;
      for (let i = 0; i < n; i++) {
        a[i * n + i] = Math.abs(i - m);
        if (i + 1 < n) { a[i * n + i + 1] = 1; a[(i + 1) * n + i] = 1; }
      }
      break;
    }
    case 'cauchy kernel': {
      const x = Array.from({ length: n }, () => (g.next() % 8192) / 1024).sort((p, q) => p - q);
      put(x.map((p) => x.map((q) => 1 / (1 + (p - q) * (p - q)))));
      break;
    }
    case 'tiny (spd * 2^-600)': put(gram(rand(g, n, n)).map((row) => row.map((x) => x * 2 ** -600))); break;
    case 'huge (indefinite * 2^600)': put(symmetrize(rand(g, n, n)).map((row) => row.map((x) => x * 2 ** 600))); break;
    default: throw new Error(`unknown eigh matrix kind ${kind}`);
  }
  return a;
}
