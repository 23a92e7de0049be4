/**
 * src/core/linalg/blas.ts and blocked.ts against the reference BLAS / LAPACK 3.11 kernels that
 * NumPy 1.24 links on Debian (test/fixtures/linalg/kernels.py calls them through ctypes): every
 * output bit for bit, including the dormqr / dormlq block size chosen from a short LWORK.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { dgemm, dtrmm } from '../../src/core/linalg/blas';
import { dlarft, dormlq, dormqr } from '../../src/core/linalg/blocked';
import { readFixture } from '../support/fixtures';

const fx = readFixture<any>('linalg', 'kernels.json');
const f64 = (a: number[]): Float64Array => Float64Array.from(a);
const digest = (a: Float64Array): string => createHash('sha256').update(Buffer.from(a.buffer, a.byteOffset, a.byteLength)).digest('hex');

describe('linalg kernels: reference BLAS / LAPACK 3.11 bit for bit', () => {
  it(`dgemm (${fx.dgemm.length} cases: every transpose pair, beta 0 / 1 / other, k = 0, alpha = 0)`, () => {
    for (const c of fx.dgemm) {
      const out = f64(c.c);
      dgemm(c.transa, c.transb, c.m, c.n, c.k, c.alpha, f64(c.a), 0, c.lda, f64(c.b), 0, c.ldb, c.beta, out, 0, c.ldc);
      assert.deepStrictEqual(Array.from(out), c.out, `dgemm ${c.transa}${c.transb} ${c.m}x${c.n}x${c.k}`);
    }
  });

  it(`dtrmm (${fx.dtrmm.length} cases: every side, uplo, transpose and diagonal)`, () => {
    for (const c of fx.dtrmm) {
      const out = f64(c.b);
      dtrmm(c.side, c.uplo, c.transa, c.diag, c.m, c.n, c.alpha, f64(c.a), 0, c.lda, out, 0, c.ldb);
      assert.deepStrictEqual(Array.from(out), c.out, `dtrmm ${c.side}${c.uplo}${c.transa}${c.diag}`);
    }
  });

  it(`dlarft (${fx.dlarft.length} cases: forward / backward, columnwise / rowwise, a zero tau)`, () => {
    for (const c of fx.dlarft) {
      const t = new Float64Array(c.ldt * c.k);
      dlarft(c.direct, c.storev, c.n, c.k, f64(c.v), 0, c.ldv, f64(c.tau), 0, t, 0, c.ldt);
      assert.deepStrictEqual(Array.from(t), c.out, `dlarft ${c.direct}${c.storev}`);
    }
  });

  for (const name of ['dormqr', 'dormlq'] as const) {
    it(`${name} (${fx[name].length} cases: both sides and transposes, blocked, unblocked, block size cut by LWORK)`, () => {
      const fn = name === 'dormqr' ? dormqr : dormlq;
      for (const c of fx[name]) {
        const out = f64(c.c);
        fn(c.side, c.trans, c.m, c.n, c.k, f64(c.a), 0, c.lda, f64(c.tau), 0, out, 0, c.ldc, c.lwork);
        assert.strictEqual(digest(out), c.out, `${name} ${c.side}${c.trans} m=${c.m} n=${c.n} k=${c.k} lwork=${c.lwork}`);
      }
    });
  }
});
