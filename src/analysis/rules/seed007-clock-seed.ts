/**
 * SEED007: a seed taken from the clock, the process id, a uuid or OS entropy that is never
 * printed or logged: the run cannot be replayed because nobody knows the seed.
 */
import type { Finding, Fix, Rule } from '../finding';
import { freshName, indentOf, withFix } from '../fixes';
import type { Call, Model } from '../model';
import { classify, GENERATOR_CONSTRUCTORS, seedArg } from '../sources';

/** Library calls whose value differs on every run. */
const VOLATILE = /^(time\.(time|time_ns|perf_counter|perf_counter_ns|monotonic|monotonic_ns)|os\.(getpid|urandom)|uuid\.uuid[14]|datetime\.datetime\.now|datetime\.now|secrets\.\w+|random\.SystemRandom)$/;
/** Calls that record a value somewhere a person can find it again. */
const RECORDERS = /^(print|logging\.\w+|logger\.\w+|log\.\w+|mlflow\.\w+|wandb\.\w+|json\.dump|warnings\.warn)$|\.(info|debug|warning|log_param|log_params|write)$/;

export const seed007: Rule = {
  code: 'SEED007',
  name: 'unrecorded-volatile-seed',
  defaultSeverity: 'warning',
  check(model) {
    const findings: Finding[] = [];
    const volatileVars = new Map<string, string>();
    for (const a of model.assignments) {
      const source = a.calls.find((c) => VOLATILE.test(c));
      if (source) volatileVars.set(a.name, source);
      else volatileVars.delete(a.name);
    }
    // Few calls are volatile or record values: collect them once instead of scanning per seed.
    const volatileCalls = model.calls.filter((c) => c.qualname && VOLATILE.test(c.qualname));
    const recorderText = model.calls.filter((c: Call) => RECORDERS.test(c.qualname ?? c.callee))
      .flatMap((c) => c.args.map((arg) => codeOnly(arg.text)));
    const recordedCache = new Map<string, boolean>();
    const recorded = (name: string): boolean => {
      let r = recordedCache.get(name);
      if (r === undefined) {
        const word = new RegExp(`\\b${name}\\b`);
        r = recorderText.some((t) => word.test(t));
        recordedCache.set(name, r);
      }
      return r;
    };
    for (const call of model.calls) {
      if (!call.qualname || !(GENERATOR_CONSTRUCTORS[call.qualname] || classify(call)?.kind === 'seed')) continue;
      const arg = seedArg(call);
      if (!arg) continue;
      const direct = volatileCalls.find((c) => c.from >= arg.from && c.to <= arg.to);
      const viaVar = /^[A-Za-z_]\w*$/.test(arg.text) ? volatileVars.get(arg.text) : undefined;
      const origin = direct?.qualname ?? viaVar;
      if (!origin || (viaVar && recorded(arg.text))) continue;
      findings.push(withFix({
        code: 'SEED007', severity: 'warning', from: arg.from, to: arg.to,
        message: `The seed comes from ${origin}() and is never printed or logged: nobody can replay this run. Record it (print or log the value) or use a fixed seed.`,
      }, () => printSeed(model, call, arg, viaVar !== undefined)));
    }
    return findings;
  },
};

/**
 * The fix printing the seed before it is used: `print(f"seed = {seed}")` for a seed held in a
 * variable; a seed computed in place is first given a variable of its own.
 */
function printSeed(model: Model, call: Call, arg: Call['args'][number], inVariable: boolean): Fix {
  const at = call.statementFrom;
  const indent = indentOf(model.source, at);
  const name = inVariable ? arg.text : freshName(model, 'seed');
  const print = `print(f"${name} = {${name}}")`;
  if (inVariable) return { title: `Print the seed: ${print}`, edits: [{ from: at, to: at, insert: `${print}\n${indent}` }] };
  return {
    title: `Keep the seed in ${name} and print it`,
    edits: [
      { from: at, to: at, insert: `${name} = ${arg.text}\n${indent}${print}\n${indent}` },
      { from: arg.from, to: arg.to, insert: name },
    ],
  };
}

/** An argument's code with string text removed, keeping f-string {expressions}. */
function codeOnly(text: string): string {
  return text.replace(/([rRbBuUfF]*)(['"])(?:\\.|(?!\2).)*\2/g, (lit, prefix: string) =>
    /f/i.test(prefix) ? (lit.match(/\{[^{}]*\}/g) ?? []).join(' ') : ' ');
}
