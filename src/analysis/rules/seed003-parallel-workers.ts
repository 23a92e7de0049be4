/**
 * SEED003: parallel workers that all get the same stream. A worker function handed to
 * multiprocessing (Pool.map/imap/starmap/apply_async, Process(target=...)), a
 * concurrent.futures executor (map/submit) or joblib (Parallel(delayed(f))) that seeds with a
 * constant, or that draws from the global state every forked worker inherits as an identical copy.
 */
import type { Finding, Rule } from '../finding';
import type { Call } from '../model';
import { classify, GENERATOR_CONSTRUCTORS, seedArg, type Source } from '../sources';
import { spawnFix } from './seed003-spawn-fix';
import { withFix } from '../fixes';

const PARALLEL_MODULES = /^(multiprocessing|concurrent\.futures|joblib)(\.|$)/;
const DISPATCH = new Set(['map', 'imap', 'imap_unordered', 'starmap', 'starmap_async', 'map_async', 'apply', 'apply_async', 'submit']);

/** Names of functions in this file that run as parallel workers, with the call that dispatches them. */
function workers(calls: readonly Call[]): Map<string, Call> {
  const out = new Map<string, Call>();
  const name = (text: string | undefined): string | null => (text && /^[A-Za-z_]\w*$/.test(text) ? text : null);
  for (const call of calls) {
    const method = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    let target: string | null = null;
    if (call.qualname === 'joblib.delayed') target = name(call.args[0]?.text);
    else if (call.qualname && /^multiprocessing(\.context)?\.Process$|^multiprocessing\.Process$/.test(call.qualname)) {
      target = name(call.args.find((a) => a.keyword === 'target')?.text);
    } else if (call.callee.includes('.') && DISPATCH.has(method)) {
      target = name(call.args.find((a) => a.keyword === null || a.keyword === 'func' || a.keyword === 'fn')?.text);
    }
    if (target && !out.has(target)) out.set(target, call);
  }
  return out;
}

export const seed003: Rule = {
  code: 'SEED003',
  name: 'parallel-workers-same-stream',
  defaultSeverity: 'warning',
  check(model, ctx) {
    if (![...model.imports.values()].some((q) => PARALLEL_MODULES.test(q))) return [];
    const findings: Finding[] = [];
    for (const [fn, dispatch] of workers(model.calls)) {
      const body = model.calls.filter((c) => c.inFunction === fn);
      const related = [{ from: dispatch.calleeFrom, to: dispatch.to, message: `${fn} runs in parallel workers here` }];
      const seeding = body.filter((c) => classify(c)?.kind === 'seed' || !!(c.qualname && GENERATOR_CONSTRUCTORS[c.qualname]));
      if (seeding.length) {
        const constant = seeding.filter((c) => { const arg = seedArg(c); return arg?.literal && arg.text !== 'None'; });
        // One fix per worker, on its first finding: it rewrites all of the worker's constant seeds at once.
        for (const call of constant) {
          const arg = seedArg(call)!;
          findings.push(withFix({
            code: 'SEED003', severity: 'warning', from: call.calleeFrom, to: call.to,
            message: `${call.callee}(${arg.text}) seeds every parallel worker running ${fn}() with the same constant: all workers draw identical numbers. Pass each worker its own child of np.random.SeedSequence(${arg.text}).spawn(n_workers).`,
            related,
          }, () => (call === constant[0] ? spawnFix(model, fn, dispatch, constant, arg.text, []) : null)));
        }
        continue;
      }
      const draws = body.filter((c) => classify(c)?.kind === 'draw');
      if (draws.length) {
        const sources = [...new Set(draws.map((c) => (classify(c) as { source: Source }).source))];
        findings.push(withFix({
          code: 'SEED003', severity: 'warning', from: draws[0].calleeFrom, to: draws[0].to,
          message: `${draws[0].callee}() in ${fn}(), which runs in parallel workers, draws from the global random state each worker inherits: forked workers repeat each other's numbers. Give each worker a Generator from np.random.SeedSequence(seed).spawn(n_workers).`,
          related,
        }, () => spawnFix(model, fn, dispatch, [], String(ctx.defaultSeed), sources)));
      }
    }
    return findings;
  },
};
