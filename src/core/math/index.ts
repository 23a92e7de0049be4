/**
 * The C math library as NumPy and CPython see it on Linux x86-64 (glibc, FMA code paths).
 * Every distribution in the core calls libm through this module, never through Math.*, so that
 * each stream reproduces bit for bit. Math.sqrt, Math.floor, Math.ceil, Math.abs and Math.trunc
 * are exact and may be used directly.
 *
 * Entries still bound to Math.* are placeholders until their glibc-exact version lands;
 * EXACT names the functions that already agree with glibc bit for bit (tests use it to decide
 * between asserting exact streams and reporting the mismatch rate).
 */
export const EXACT: ReadonlySet<string> = new Set<string>([]);


// log, exp, pow (glibc's ARM optimized-routines algorithms)
export const log: (x: number) => number = Math.log;

export const exp: (x: number) => number = Math.exp;

export const pow: (x: number, y: number) => number = Math.pow;


// log1p, expm1 and the trigonometric family (glibc's dbl-64 implementations)
export const log1p: (x: number) => number = Math.log1p;

export const expm1: (x: number) => number = Math.expm1;

export const sin: (x: number) => number = Math.sin;

export const cos: (x: number) => number = Math.cos;

export const tan: (x: number) => number = Math.tan;

export const atan: (x: number) => number = Math.atan;

export const asin: (x: number) => number = Math.asin;

export const acos: (x: number) => number = Math.acos;
