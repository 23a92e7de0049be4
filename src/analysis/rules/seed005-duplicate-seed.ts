/** SEED005: two generators built from the same seed value produce the same stream. */
import type { Finding, Fix, Rule } from '../finding';
import { inOrder, moduleName, withFix } from '../fixes';
import type { Call, Model } from '../model';
import { pythonLiteral } from '../../core/pyliteral';
import { PyFloat } from '../../core/pyvalues';
import { GENERATOR_CONSTRUCTORS, seedArg } from '../sources';

/** default_rng(s) is Generator(PCG64(s)): the two give one stream; other constructors each their own. */
const SAME_STREAM_AS: Readonly<Record<string, string>> = { 'numpy.random.default_rng': 'numpy.random.PCG64' };

/** The seed's value in a form equal for equal Python values (`0x10` and `16`), or null when unknown. */
function valueKey(text: string): string | null {
  const literal = pythonLiteral(text);
  if (!literal) return null;
  return JSON.stringify(literal.value, (_, v: unknown) => {
    if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return `int:${v}`;
    if (typeof v === 'number') return `float:${v}`;
    if (v instanceof PyFloat) return `float:${v.value}`;
    if (v instanceof Uint8Array) return `bytes:${Array.from(v)}`;
    return v;
  });
}

/** Test functions and their set-ups, by pytest's and unittest's naming conventions. */
const TEST_FUNCTION = /^(test|set_?up)/i;

/**
 * Which generators are meant to be independent of each other: those of one program run. Each
 * test function (and each set-up, which runs once per test) is a run of its own, where starting
 * from the same seed as the other tests is the norm, not a mistake.
 */
function runOf(call: { inFunction: string | null }): string {
  return call.inFunction !== null && TEST_FUNCTION.test(call.inFunction) ? `test ${call.inFunction}` : 'program';
}

export const seed005: Rule = {
  code: 'SEED005',
  name: 'duplicate-seed',
  defaultSeverity: 'warning',
  check(model) {
    const findings: Finding[] = [];
    const seen = new Map<string, { from: number; to: number; callee: string; seed: string }>();
    const children = childrenInUse(model);
    for (const call of model.calls) {
      if (!call.qualname || !GENERATOR_CONSTRUCTORS[call.qualname]) continue;
      const arg = seedArg(call);
      // SeedSequence(7, spawn_key=(1,)) is a child of 7, not 7 again.
      if (!arg || !arg.literal || arg.text === 'None' || call.args.some((a) => a.keyword === 'spawn_key')) continue;
      const value = valueKey(arg.text);
      if (value === null) continue;
      const key = `${runOf(call)}\u0000${SAME_STREAM_AS[call.qualname] ?? call.qualname}\u0000${value}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { from: call.calleeFrom, to: call.to, callee: call.callee, seed: arg.text });
        continue;
      }
      const used = children.get(value) ?? new Set<number>();
      children.set(value, used);
      let n = 1;
      while (used.has(n)) n++;
      used.add(n);
      findings.push(withFix({
        code: 'SEED005', severity: 'warning', from: call.calleeFrom, to: call.to,
        message: `${call.callee}(${arg.text}) uses the same seed as ${first.callee}(${first.seed}): both produce the identical stream, so they are not independent. Derive distinct seeds with np.random.SeedSequence(${arg.text}).spawn(n).`,
        related: [{ from: first.from, to: first.to, message: `first generator seeded with ${first.seed}` }],
      }, () => childFix(model, call, arg, n)));
    }
    return findings;
  },
};

/** Per seed value, the children `SeedSequence(seed, spawn_key=(n,))` the file already uses (a fix must pick another). */
function childrenInUse(model: Model): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const call of model.calls) {
    const key = call.args.find((a) => a.keyword === 'spawn_key');
    const seed = call.qualname === 'numpy.random.SeedSequence' ? seedArg(call) : undefined;
    const n = key ? /^\(\s*(\d+)\s*,\s*\)$/.exec(key.text)?.[1] : undefined;
    const value = seed && n !== undefined ? valueKey(seed.text) : null;
    if (value === null || n === undefined) continue;
    out.set(value, (out.get(value) ?? new Set()).add(Number(n)));
  }
  return out;
}

/**
 * The fix seeding the n-th copy with child n of SeedSequence(seed) (`spawn_key=(n,)`, as
 * `SeedSequence(seed).spawn(n + 1)[n]` would be): reproducible, and independent of the first.
 * Python's random.Random takes no SeedSequence and gets no fix.
 */
function childFix(model: Model, call: Call, arg: Call['args'][number], n: number): Fix | null {
  const np = moduleName(model, 'numpy', 'np');
  const child = `${np.name}.random.SeedSequence(${arg.text}, spawn_key=(${n},))`;
  let edit;
  if (call.qualname === 'numpy.random.SeedSequence') edit = { from: arg.to, to: arg.to, insert: `, spawn_key=(${n},)` };
  else if (call.qualname === 'numpy.random.RandomState') edit = { from: arg.from, to: arg.to, insert: `${np.name}.random.MT19937(${child})` };
  else if (call.qualname?.startsWith('numpy.random.')) edit = { from: arg.from, to: arg.to, insert: child };
  else return null;
  return { title: `Seed with child ${n} of SeedSequence(${arg.text}) instead`, edits: inOrder([...np.edits, edit]) };
}
