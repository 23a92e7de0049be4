/** Method signatures (NumPy's parameter names and defaults) of the distributions both APIs share. */
import { MethodTable, SIZE } from '../methods';

/** The distributions both APIs expose with the same signature (NumPy's parameter names). */
export const DISTRIBUTION_METHODS: MethodTable = {
  beta: { params: [{ name: 'a' }, { name: 'b' }, SIZE] },
  standard_gamma: { params: [{ name: 'shape' }, SIZE] },
  gamma: { params: [{ name: 'shape' }, { name: 'scale', default: 1 }, SIZE] },
  f: { params: [{ name: 'dfnum' }, { name: 'dfden' }, SIZE] },
  noncentral_f: { params: [{ name: 'dfnum' }, { name: 'dfden' }, { name: 'nonc' }, SIZE] },
  chisquare: { params: [{ name: 'df' }, SIZE] },
  noncentral_chisquare: { params: [{ name: 'df' }, { name: 'nonc' }, SIZE] },
  standard_cauchy: { params: [SIZE] },
  standard_t: { params: [{ name: 'df' }, SIZE] },
  vonmises: { params: [{ name: 'mu' }, { name: 'kappa' }, SIZE] },
  pareto: { params: [{ name: 'a' }, SIZE] },
  weibull: { params: [{ name: 'a' }, SIZE] },
  power: { params: [{ name: 'a' }, SIZE] },
  laplace: { params: [{ name: 'loc', default: 0 }, { name: 'scale', default: 1 }, SIZE] },
  gumbel: { params: [{ name: 'loc', default: 0 }, { name: 'scale', default: 1 }, SIZE] },
  logistic: { params: [{ name: 'loc', default: 0 }, { name: 'scale', default: 1 }, SIZE] },
  lognormal: { params: [{ name: 'mean', default: 0 }, { name: 'sigma', default: 1 }, SIZE] },
  rayleigh: { params: [{ name: 'scale', default: 1 }, SIZE] },
  wald: { params: [{ name: 'mean' }, { name: 'scale' }, SIZE] },
  triangular: { params: [{ name: 'left' }, { name: 'mode' }, { name: 'right' }, SIZE] },
  negative_binomial: { params: [{ name: 'n' }, { name: 'p' }, SIZE] },
  zipf: { params: [{ name: 'a' }, SIZE] },
  geometric: { params: [{ name: 'p' }, SIZE] },
  hypergeometric: { params: [{ name: 'ngood' }, { name: 'nbad' }, { name: 'nsample' }, SIZE] },
  logseries: { params: [{ name: 'p' }, SIZE] },
  dirichlet: { params: [{ name: 'alpha' }, SIZE] },
  multinomial: { params: [{ name: 'n' }, { name: 'pvals' }, SIZE] },
};
