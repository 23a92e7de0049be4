/**
 * LAPACK's machine constants (dlamch) for IEEE double, and Fortran's SIGN intrinsic.
 * The routines in this directory follow netlib LAPACK's algorithms step by step, on column-major
 * matrices indexed from 1 as in the Fortran, so that their sign conventions match what NumPy's
 * numpy.linalg returns (the values agree to rounding; the rounding itself depends on the BLAS).
 */

/** dlamch('E'): relative machine epsilon (rounding mode), 2^-53. */
export const EPS = 2 ** -53;
/** dlamch('P'): eps * base, 2^-52. */
export const PREC = 2 ** -52;
/** dlamch('S'): safe minimum, 2^-1022. */
export const SAFMIN = 2 ** -1022;
/** la_constants' safmax, 1 / safmin. */
export const SAFMAX = 2 ** 1022;
/** dlamch('O'): the largest finite double. */
export const OVERFLOW = Number.MAX_VALUE;

/** Fortran SIGN(a, b): |a| with the sign of b, -0.0 counting as negative (as gfortran does). */
export function sign(a: number, b: number): number {
  return b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a);
}

/** A failure NumPy reports as numpy.linalg.LinAlgError with this message. */
export class LinAlgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinAlgError';
  }
}

/** LAPACK's SMLSIZ (ilaenv ispec 9): the largest order solved by QR iteration rather than divide and conquer. */
export const SMLSIZ = 25;
