/**
 * What every bit generator hands to the distributions: NumPy's `bitgen_t`.
 * 64-bit outputs travel as two unsigned 32-bit halves so hot loops never allocate a BigInt.
 */
export interface BitSource {
  /** Next 64-bit output. Returns the high 32 bits (unsigned); the low 32 bits are left in `low`. */
  next64(): number;
  /** Low 32 bits (unsigned) of the most recent `next64()`. */
  readonly low: number;
  /** Next 32-bit output (unsigned), with the generator's own buffering rules as in NumPy. */
  next32(): number;
  /** Next double in [0, 1), exactly as NumPy's `next_double` for this generator. */
  nextDouble(): number;
}
