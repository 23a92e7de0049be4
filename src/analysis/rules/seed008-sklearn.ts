/**
 * SEED008: scikit-learn randomness without `random_state` while NumPy's global state is not
 * seeded. Which callables take `random_state` (and whether they shuffle by default) is derived
 * from scikit-learn itself by test/fixtures/lint/derive_sklearn.py.
 */
import DATA from '../data/sklearn-random-state.json';
import type { Finding, Rule } from '../finding';
import { executionOrder } from '../model';
import { classify } from '../sources';

const CALLABLES = DATA.callables as Record<string, { shuffle_default: boolean | null }>;

export const seed008: Rule = {
  code: 'SEED008',
  name: 'sklearn-without-random-state',
  defaultSeverity: 'warning',
  check(model, ctx) {
    const findings: Finding[] = [];
    let numpySeeded = false;
    for (const call of executionOrder(model)) {
      const sc = classify(call);
      if (sc?.kind === 'seed' && sc.sources.includes('numpy')) numpySeeded = true;
      const q = call.qualname;
      if (!q?.startsWith('sklearn.') || numpySeeded) continue;
      const info = CALLABLES[q.slice(q.lastIndexOf('.') + 1)];
      if (!info || call.args.some((a) => a.keyword === 'random_state')) continue;
      if (info.shuffle_default === false) {
        // random_state only matters with shuffle=True for splitters such as KFold.
        const shuffle = call.args.find((a) => a.keyword === 'shuffle');
        if (!shuffle || shuffle.text !== 'True') continue;
      }
      const insertAt = call.to - 1;
      const sep = call.args.length ? ', ' : '';
      findings.push({
        code: 'SEED008', severity: 'warning', from: call.calleeFrom, to: call.to,
        message: `${call.callee}() uses randomness but has no random_state, and NumPy's global state is unseeded: results change on every run. Pass random_state=${ctx.defaultSeed}.`,
        fix: { title: `Add random_state=${ctx.defaultSeed}`, edits: [{ from: insertAt, to: insertAt, insert: `${sep}random_state=${ctx.defaultSeed}` }] },
      });
    }
    return findings;
  },
};
