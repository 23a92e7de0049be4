/** LAPACK's dlascl('G'): scaling by cto / cfrom without overflow or underflow on the way. */
import { SAFMIN } from './consts';

/** Multiplies x[from..to) by cto / cfrom, in steps that cannot overflow or underflow. */
export function dlascl(cfrom: number, cto: number, x: Float64Array, from = 0, to = x.length): void {
  const smlnum = SAFMIN, bignum = 1 / smlnum;
  let cfromc = cfrom, ctoc = cto;
  for (;;) {
    const cfrom1 = cfromc * smlnum;
    let mul: number, done: boolean;
    if (cfrom1 === cfromc) {
      mul = ctoc / cfromc; done = true;
    } else {
      const cto1 = ctoc / bignum;
      if (cto1 === ctoc) { mul = ctoc; done = true; cfromc = 1; }
      else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) { mul = smlnum; done = false; cfromc = cfrom1; }
      else if (Math.abs(cto1) > Math.abs(cfromc)) { mul = bignum; done = false; ctoc = cto1; }
      else { mul = ctoc / cfromc; done = true; if (mul === 1) return; }
    }
    for (let k = from; k < to; k++) x[k] *= mul;
    if (done) return;
  }
}
