/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix as LAPACK's dstedc(COMPZ = 'I')
 * computes them: dsteqr up to order SMLSIZ, otherwise the matrix is split where an off-diagonal is
 * negligible, each larger piece is scaled to norm 1 and solved by Cuppen's divide and conquer
 * (dlaed0: halve down to pieces of at most SMLSIZ, dsteqr on those, merge back up with dlaed1),
 * and finally all eigenpairs are selection-sorted into increasing order.
 */
import { EPS, SMLSIZ } from './consts';
import { dlacpy, dlaed1 } from './laed';
import { dlascl } from './scale';
import { dsteqr, sortEigenpairs } from './steqr';

/** dlanst('M') over D(1..n) and E(1..n-1) read at 0-based offsets dO, eO: the largest magnitude (NaN wins). */
function dlanst(n: number, d: Float64Array, dO: number, e: Float64Array, eO: number): number {
  let anorm = Math.abs(d[dO + n - 1]);
  for (let i = 0; i < n - 1; i++) {
    let sum = Math.abs(d[dO + i]);
    if (anorm < sum || Number.isNaN(sum)) anorm = sum;
    sum = Math.abs(e[eO + i]);
    if (anorm < sum || Number.isNaN(sum)) anorm = sum;
  }
  return anorm;
}

/**
 * dsteqr('I') on the piece D(1..m) = d[dO..], E(1..m-1) = e[eO..] with eigenvectors into the m-by-m
 * block of z at zBase (leading dimension ldz). Returns INFO.
 */
function steqrPiece(m: number, d: Float64Array, dO: number, e: Float64Array, eO: number, z: Float64Array, zBase: number, ldz: number): number {
  const dd = new Float64Array(m + 1), ee = new Float64Array(m + 1);
  for (let i = 1; i <= m; i++) dd[i] = d[dO + i - 1];
  for (let i = 1; i < m; i++) ee[i] = e[eO + i - 1];
  const info = dsteqr(m, dd, ee, z, zBase, ldz);
  for (let i = 1; i <= m; i++) d[dO + i - 1] = dd[i];
  for (let i = 1; i < m; i++) e[eO + i - 1] = ee[i];
  return info;
}

/**
 * dlaed0 with ICOMPQ = 2: eigen-decomposition of the order-n tridiagonal D = d[dO..], E = e[eO..],
 * eigenvectors into the n-by-n block of q at qo (leading dimension ldq, zero off its diagonal
 * blocks on entry). Returns INFO (nonzero: a piece or a secular equation failed).
 */
function dlaed0(n: number, d: Float64Array, dO: number, e: Float64Array, eO: number, q: Float64Array, qo: number, ldq: number): number {
  if (n === 0) return 0;
  const D = (k: number): number => d[dO + k - 1];
  const E = (k: number): number => e[eO + k - 1];
  const Q = (i: number, j: number): number => qo + (i - 1) + (j - 1) * ldq;
  // Sizes of the pieces, halving (larger half second) until each is at most SMLSIZ; then end offsets.
  const part = new Int32Array(2 * n + 2);
  part[1] = n;
  let subpbs = 1;
  while (part[subpbs] > SMLSIZ) {
    for (let j = subpbs; j >= 1; j--) {
      part[2 * j] = Math.trunc((part[j] + 1) / 2);
      part[2 * j - 1] = Math.trunc(part[j] / 2);
    }
    subpbs *= 2;
  }
  for (let j = 2; j <= subpbs; j++) part[j] += part[j - 1];
  // Tear: subtract |e| at each cut from the two diagonal entries it couples.
  for (let i = 1; i <= subpbs - 1; i++) {
    const submat = part[i] + 1, smm1 = submat - 1;
    d[dO + smm1 - 1] = D(smm1) - Math.abs(E(smm1));
    d[dO + submat - 1] = D(submat) - Math.abs(E(smm1));
  }
  // Solve each piece; indxq sorts each piece's values (already increasing, so the identity).
  const indxq = new Int32Array(n + 1);
  for (let i = 0; i <= subpbs - 1; i++) {
    const submat = i === 0 ? 1 : part[i] + 1;
    const matsiz = i === 0 ? part[1] : part[i + 1] - part[i];
    const info = steqrPiece(matsiz, d, dO + submat - 1, e, eO + submat - 1, q, Q(submat, submat), ldq);
    if (info !== 0) return submat * (n + 1) + submat + matsiz - 1;
    let k = 1;
    for (let j = submat; j <= part[i + 1]; j++) indxq[j] = k++;
  }
  // Merge neighbouring pieces pairwise, level by level.
  while (subpbs > 1) {
    for (let i = 0; i <= subpbs - 2; i += 2) {
      let submat: number, matsiz: number, msd2: number;
      if (i === 0) {
        submat = 1; matsiz = part[2]; msd2 = part[1];
      } else {
        submat = part[i] + 1; matsiz = part[i + 2] - part[i]; msd2 = Math.trunc(matsiz / 2);
      }
      const info = dlaed1(matsiz, d, dO + submat - 1, q, Q(submat, submat), ldq, indxq, submat, E(submat + msd2 - 1), msd2);
      if (info !== 0) return submat * (n + 1) + submat + matsiz - 1;
      part[i / 2 + 1] = part[i + 2];
    }
    subpbs /= 2;
  }
  // Put the values and vectors into increasing order.
  const work = new Float64Array(n + n * n);
  for (let i = 1; i <= n; i++) {
    const j = indxq[i];
    work[i - 1] = D(j);
    for (let r = 0; r < n; r++) work[n * i + r] = q[Q(1, j) + r];
  }
  for (let i = 1; i <= n; i++) d[dO + i - 1] = work[i - 1];
  dlacpy(n, n, work, n, n, q, qo, ldq);
  return 0;
}

/**
 * dstedc('I'): d[1..n], e[1..n-1] (1-based, as dsteqr takes them) and the n-by-n column-major z
 * receiving the eigenvectors. On return d holds the eigenvalues in increasing order. Returns INFO.
 */
export function dstedc(n: number, d: Float64Array, e: Float64Array, z: Float64Array): number {
  if (n <= SMLSIZ) return dsteqr(n, d, e, z);
  const ldz = n;
  z.fill(0);
  for (let i = 0; i < n; i++) z[i + i * ldz] = 1;
  let orgnrm = dlanst(n, d, 1, e, 1);
  if (orgnrm === 0) return 0;
  let start = 1;
  while (start <= n) {
    // The piece start..finish ends at the first negligible off-diagonal.
    let finish = start;
    while (finish < n) {
      const tiny = EPS * Math.sqrt(Math.abs(d[finish])) * Math.sqrt(Math.abs(d[finish + 1]));
      if (Math.abs(e[finish]) > tiny) finish++;
      else break;
    }
    const m = finish - start + 1;
    if (m === 1) { start = finish + 1; continue; }
    if (m > SMLSIZ) {
      orgnrm = dlanst(m, d, start, e, start);
      dlascl(orgnrm, 1, d, start, start + m);
      dlascl(orgnrm, 1, e, start, start + m - 1);
      const info = dlaed0(m, d, start, e, start, z, (start - 1) + (start - 1) * ldz, ldz);
      if (info !== 0) return (Math.trunc(info / (m + 1)) + start - 1) * (n + 1) + (info % (m + 1)) + start - 1;
      dlascl(1, orgnrm, d, start, start + m);
    } else {
      const info = steqrPiece(m, d, start, e, start, z, (start - 1) + (start - 1) * ldz, ldz);
      if (info !== 0) return start * (n + 1) + finish;
    }
    start = finish + 1;
  }
  // The pieces' values interleave: one selection sort of the eigenpairs.
  sortEigenpairs(n, d, z, 0, ldz);
  return 0;
}
