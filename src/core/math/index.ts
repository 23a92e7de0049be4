/**
 * The C math library as NumPy and CPython see it on Linux x86-64 (glibc 2.36 with Debian's
 * backports, FMA code paths). Every distribution in the core calls libm through this module, never
 * through Math.*, so that each stream reproduces bit for bit. Math.sqrt, Math.floor, Math.ceil,
 * Math.abs and Math.trunc are exact and may be used directly.
 *
 * These are every libm function numpy/random (src/distributions, src/legacy) and CPython's
 * Lib/random.py call, besides sqrt, floor, ceil, fabs and fmod, which are exact in JavaScript too
 * (sqrtf is Math.fround(Math.sqrt(x)), correctly rounded). The float32 Generator paths
 * (distributions.c's *_f functions) call: log1pf in both float ziggurats' tails, expf in the
 * exponential's wedges, the double exp in the normal's wedges (exp(-0.5 * x * x) with x promoted),
 * the double log1p in standard_exponential(method='inv'), and logf, powf and sqrtf in
 * random_standard_gamma_f. The float functions take and return JS numbers holding float32 values.
 * EXACT names the functions that agree with glibc bit for bit; tests use it to decide between
 * asserting exact streams and reporting the mismatch rate.
 */
export { exp } from './exp';
export { log } from './log';
export { pow } from './pow';
export { log1p } from './log1p';
export { expm1 } from './expm1';

export { sin, cos } from './sincos';
export { acos } from './acos';

export { expf } from './expf';
export { logf } from './logf';
export { powf } from './powf';
export { log1pf } from './log1pf';

export const EXACT: ReadonlySet<string> = new Set<string>(['exp', 'log', 'pow', 'log1p', 'expm1', 'sin', 'cos', 'acos', 'expf', 'logf', 'powf', 'log1pf']);
