/** Which library calls seed, draw from, or create which source of randomness. */
import type { Call } from './model';
// Derived from the frameworks themselves by test/fixtures/lint/derive_seed_helpers.py.
import SEED_HELPERS from './data/seed-helpers.json';

/** Every public RandomState method reachable as np.random.<name> (the legacy global API). */
export const LEGACY_FUNCTIONS = new Set([
  'seed', 'get_state', 'set_state', 'rand', 'randn', 'randint', 'random_integers', 'random_sample', 'random', 'ranf',
  'sample', 'choice', 'bytes', 'shuffle', 'permutation', 'beta', 'binomial', 'chisquare', 'dirichlet', 'exponential', 'f',
  'gamma', 'geometric', 'gumbel', 'hypergeometric', 'laplace', 'logistic', 'lognormal', 'logseries', 'multinomial',
  'multivariate_normal', 'negative_binomial', 'noncentral_chisquare', 'noncentral_f', 'normal', 'pareto', 'poisson', 'power',
  'rayleigh', 'standard_cauchy', 'standard_exponential', 'standard_gamma', 'standard_normal', 'standard_t', 'triangular',
  'uniform', 'vonmises', 'wald', 'weibull', 'zipf', 'tomaxint',
]);

const NOT_DRAWS = new Set(['seed', 'get_state', 'set_state']);

/** Python's random module functions that draw. */
const PY_DRAWS = new Set([
  'random', 'uniform', 'triangular', 'randint', 'randrange', 'choice', 'choices', 'shuffle', 'sample', 'getrandbits', 'randbytes',
  'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate',
  'paretovariate', 'weibullvariate', 'binomialvariate',
]);

const TORCH_DRAWS = new Set(['rand', 'randn', 'randint', 'randperm', 'normal', 'bernoulli', 'multinomial', 'poisson', 'rand_like', 'randn_like', 'randint_like']);

export type Source = 'numpy' | 'python' | 'torch' | 'tensorflow';

/** A draw touches one global source; a framework's "seed everything" helper seeds several. */
export type SourceCall =
  | { readonly kind: 'draw'; readonly source: Source }
  | { readonly kind: 'seed'; readonly sources: readonly Source[] };

const HELPERS = SEED_HELPERS.helpers as Readonly<Record<string, readonly Source[]>>;
const TORCH_GENERATOR_KW = new Set(SEED_HELPERS.torchDrawsWithGenerator);

/** How a call touches a global source of randomness, if it does (computed once per call: several rules ask). */
export function classify(call: Call): SourceCall | null {
  let c = CLASSES.get(call);
  if (c === undefined) CLASSES.set(call, (c = classifyCall(call)));
  return c;
}

const CLASSES = new WeakMap<Call, SourceCall | null>();

function classifyCall(call: Call): SourceCall | null {
  const q = call.qualname;
  if (!q) return null;
  if (q.startsWith('numpy.random.')) {
    const fn = q.slice('numpy.random.'.length);
    if (!LEGACY_FUNCTIONS.has(fn)) return null;
    if (fn === 'seed') return { kind: 'seed', sources: ['numpy'] };
    return NOT_DRAWS.has(fn) ? null : { kind: 'draw', source: 'numpy' };
  }
  if (q.startsWith('random.') && q.split('.').length === 2) {
    const fn = q.slice('random.'.length);
    if (fn === 'seed') return { kind: 'seed', sources: ['python'] };
    return PY_DRAWS.has(fn) ? { kind: 'draw', source: 'python' } : null;
  }
  if (q === 'torch.manual_seed' || q === 'torch.random.manual_seed') return { kind: 'seed', sources: ['torch'] };
  if (q.startsWith('torch.') && TORCH_DRAWS.has(q.slice('torch.'.length))) {
    // With its own torch.Generator (seeded or not: an unseeded one starts from a fixed seed) a draw leaves the global alone.
    const ownGenerator = TORCH_GENERATOR_KW.has(q.slice('torch.'.length)) && call.args.some((a) => a.keyword === 'generator' && a.text !== 'None');
    return ownGenerator ? null : { kind: 'draw', source: 'torch' };
  }
  if (q === 'tensorflow.random.set_seed' || q === 'tensorflow.set_random_seed') return { kind: 'seed', sources: ['tensorflow'] };
  if (q.startsWith('tensorflow.random.') && !q.endsWith('set_seed') && !q.includes('Generator')) return { kind: 'draw', source: 'tensorflow' };
  const helper = HELPERS[q];
  return helper ? { kind: 'seed', sources: helper } : null;
}

/** Constructors of independent generators and what they take as seed. */
export const GENERATOR_CONSTRUCTORS: Readonly<Record<string, 'numpy-new' | 'numpy-legacy' | 'python'>> = {
  'numpy.random.default_rng': 'numpy-new',
  'numpy.random.SeedSequence': 'numpy-new',
  'numpy.random.PCG64': 'numpy-new',
  'numpy.random.PCG64DXSM': 'numpy-new',
  'numpy.random.MT19937': 'numpy-new',
  'numpy.random.Philox': 'numpy-new',
  'numpy.random.SFC64': 'numpy-new',
  'numpy.random.RandomState': 'numpy-legacy',
  'random.Random': 'python',
};

export const SEED_PARAM: Readonly<Record<string, string>> = { 'numpy.random.SeedSequence': 'entropy', 'random.Random': 'x' };

/** The seed argument of a seeding call or generator constructor (positional 0 or its keyword). */
export function seedArg(call: Call): Call['args'][number] | undefined {
  const kw = SEED_PARAM[call.qualname ?? ''] ?? (call.qualname === 'random.seed' ? 'a' : 'seed');
  return call.args.find((a) => a.keyword === kw) ?? call.args.find((a, i) => i === 0 && a.keyword === null);
}
