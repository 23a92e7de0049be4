/** SEED002: the legacy global NumPy API (np.random.seed, np.random.rand, ...), every call, as Ruff's NPY002. */
import type { Finding, Rule, TextEdit } from '../finding';
import { callStatement, inOrder, moduleName, withFix } from '../fixes';
import type { Call, Model } from '../model';
import { previewRewrite } from '../preview';
import { LEGACY_FUNCTIONS } from '../sources';

/** Legacy function -> Generator method where the name changed. */
const RENAMED: Record<string, string> = {
  rand: 'random', randn: 'standard_normal', randint: 'integers', random_integers: 'integers',
  random_sample: 'random', ranf: 'random', sample: 'random',
};

/** The Generator call that replaces a legacy call, or null when there is no one-to-one rewrite. */
export function generatorRewrite(call: Call, fn: string): string | null {
  const args = call.args.map((a) => (a.keyword ? `${a.keyword}=${a.text}` : a.text));
  const positional = call.args.filter((a) => a.keyword === null).map((a) => a.text);
  switch (fn) {
    case 'seed': return null;
    case 'rand':
    case 'randn': {
      if (call.args.some((a) => a.keyword !== null)) return null;
      const shape = positional.length === 0 ? '' : positional.length === 1 ? positional[0] : `(${positional.join(', ')})`;
      return `rng.${RENAMED[fn]}(${shape})`;
    }
    case 'random_integers': {
      if (call.args.some((a) => a.keyword !== null) || positional.length < 1) return null;
      const [low, high, ...rest] = positional;
      return high === undefined ? `rng.integers(1, ${low}, endpoint=True)` : `rng.integers(${[low, high, ...rest].join(', ')}, endpoint=True)`;
    }
    case 'get_state': case 'set_state': case 'tomaxint': return null;
    default: return `rng.${RENAMED[fn] ?? fn}(${args.join(', ')})`;
  }
}

export const seed002: Rule = {
  code: 'SEED002',
  name: 'legacy-numpy-random',
  defaultSeverity: 'information',
  check(model, ctx) {
    const findings: Finding[] = [];
    const np = moduleName(model, 'numpy', 'np');
    const generator = (seed: string): string => `rng = ${np.name}.random.default_rng(${seed})`;
    let rngEdits: TextEdit[] | undefined;
    const defineRng = (): TextEdit[] => (rngEdits ??= rngDefinition(model, np.edits, generator(String(ctx.defaultSeed))));
    const legacy: Array<{ call: Call; fn: string; rewrite: string | null }> = [];
    for (const call of model.calls) {
      const fn = call.qualname?.startsWith('numpy.random.') ? call.qualname.slice('numpy.random.'.length) : '';
      if (LEGACY_FUNCTIONS.has(fn)) legacy.push({ call, fn, rewrite: fn === 'seed' ? null : generatorRewrite(call, fn) });
    }
    // nextSeed[i]: the index in `legacy` of the first np.random.seed after call i (or legacy.length).
    const nextSeed = new Array<number>(legacy.length);
    for (let i = legacy.length - 1, next = legacy.length; i >= 0; i--) {
      nextSeed[i] = next;
      if (legacy[i].fn === 'seed') next = i;
    }
    // The literal seed of the last np.random.seed(S), while no draw has happened since.
    let freshSeed: string | null = null;
    for (const [i, { call, fn, rewrite }] of legacy.entries()) {
      const seedNow = fn === 'seed' && call.args[0]?.literal ? call.args[0].text : null;
      let fix: () => Finding['fix'];
      let message: string;
      if (fn === 'seed') {
        const seed = call.args[0]?.text ?? '';
        message = `${call.callee}() seeds NumPy's legacy global state, shared by every library in the process. Prefer a Generator: ${generator(seed)}.`;
        fix = () => {
          // The legacy calls this seed governs (up to the next seed) move to the Generator with it: left
          // on the global state they would be unseeded, and SEED001's fix would seed that again.
          const governed = legacy.slice(i + 1, nextSeed[i]);
          // An assignment can replace the call only where the call is a statement of its own.
          if (!callStatement(model, call) || governed.some((l) => l.rewrite === null)) return undefined;
          return {
            title: `Replace with ${generator(seed)}${governed.length ? `, and the ${governed.length} legacy call${governed.length > 1 ? 's' : ''} after it with rng's` : ''}`,
            edits: inOrder([...np.edits, { from: call.from, to: call.to, insert: generator(seed) }, ...governed.map((l) => ({ from: l.call.from, to: l.call.to, insert: l.rewrite! }))]),
          };
        };
      } else {
        const preview = rewrite && freshSeed !== null && !call.inFunction ? previewRewrite(freshSeed, call, fn, rewrite.slice(4, rewrite.indexOf('('))) : null;
        const change = preview ? ` With seed ${freshSeed} the values change: ${preview}.` : ' (the numbers change with the rewrite).';
        message = `${call.callee}() uses NumPy's legacy global random state. Prefer a seeded Generator${rewrite ? `: ${rewrite}` : ''}${preview ? '.' : ''}${change}`;
        fix = () => (rewrite ? { title: `Replace with ${rewrite}${preview ? ` (values: ${preview})` : ''}`, edits: inOrder([...defineRng(), { from: call.from, to: call.to, insert: rewrite }]) } : undefined);
      }
      freshSeed = fn === 'seed' ? seedNow : null;
      findings.push(withFix({ code: 'SEED002', severity: 'information', from: call.calleeFrom, to: call.to, message }, fix));
    }
    return findings;
  },
};

/**
 * The edits that make `rng` exist for a rewritten draw when the file never assigns it: the numpy
 * import the fix adds, if any, and `rng = np.random.default_rng(<default seed>)` after the imports.
 */
function rngDefinition(model: Model, numpyImport: readonly TextEdit[], definition: string): TextEdit[] {
  if (model.assignments.some((a) => a.name === 'rng')) return [];
  const at = model.afterImports;
  const line = at === 0 ? `${definition}\n` : `\n${definition}`;
  // After the numpy import the fix may add at the same place, in one edit so their order is sure.
  return numpyImport.length ? [{ ...numpyImport[0], insert: numpyImport[0].insert + line }] : [{ from: at, to: at, insert: line }];
}
