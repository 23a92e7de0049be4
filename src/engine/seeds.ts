/**
 * `--seed N`: replaces the seed argument of every seeding call in a snippet (np.random.seed,
 * RandomState, default_rng, SeedSequence, the bit generators, random.seed, Random), the
 * substitution the seed-comparison panel uses too. Calls without a seed get one.
 */
import { parser } from '@lezer/python';

const SEEDING = /(^|\.)(seed|RandomState|default_rng|SeedSequence|Random|PCG64|PCG64DXSM|MT19937|Philox|SFC64)$/;

export function substituteSeed(source: string, seed: string): string {
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const cursor = parser.parse(source).cursor();
  do {
    if (cursor.name !== 'CallExpression') continue;
    const call = cursor.node;
    const callee = call.firstChild;
    const args = call.getChild('ArgList');
    if (!callee || !args || !SEEDING.test(source.slice(callee.from, callee.to))) continue;
    const first = args.firstChild?.nextSibling;
    if (!first || first.name === ')') {
      edits.push({ from: args.from + 1, to: args.from + 1, text: seed });
    } else if (!(first.name === 'VariableName' && first.nextSibling?.name === 'AssignOp')) {
      edits.push({ from: first.from, to: first.to, text: seed });
    } else {
      // seed=... given by keyword: replace its value
      for (let c = args.firstChild; c; c = c.nextSibling) {
        if (c.name === 'VariableName' && /^(seed|x|a)$/.test(source.slice(c.from, c.to)) && c.nextSibling?.name === 'AssignOp') {
          const v = c.nextSibling.nextSibling!;
          edits.push({ from: v.from, to: v.to, text: seed });
        }
      }
    }
  } while (cursor.next());
  edits.sort((a, b) => b.from - a.from);
  let out = source;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
