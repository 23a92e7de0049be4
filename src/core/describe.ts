/** The Python code that makes a sampling request's numbers, shown beside them. */
import { pyFloatRepr, pyStrRepr } from './pyvalues';
import type { SampleRequest } from './sampling';

export function pyLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloatRepr(v);
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(', ')}]`;
  if (typeof v === 'object' && 'value' in (v as object)) return pyFloatRepr((v as { value: number }).value);
  return String(v);
}

const BITGEN_CLASS: Record<string, string> = { pcg64: 'PCG64', pcg64dxsm: 'PCG64DXSM', mt19937: 'MT19937', philox: 'Philox', sfc64: 'SFC64' };

export function describeRequest(req: SampleRequest): string {
  const seed = pyLiteral(req.seed);
  const args = Object.entries(req.params ?? {}).map(([k, v]) => `${k}=${pyLiteral(v)}`);
  const size = req.size === undefined ? null : req.size.length === 1 ? String(req.size[0]) : `(${req.size.join(', ')})`;
  if (req.api === 'python') {
    const call = `rng.${req.dist}(${args.join(', ')})`;
    return `import random\nrng = random.Random(${seed})\n${size === null ? call : `[${call} for _ in range(${req.size!.reduce((a, b) => a * b, 1)})]`}`;
  }
  if (size !== null) args.push(`size=${size}`);
  const bitgen = BITGEN_CLASS[req.bitgen ?? (req.api === 'legacy' ? 'mt19937' : 'pcg64')];
  if (req.dist === 'random_raw') return `import numpy as np\nnp.random.${bitgen}(${seed}).random_raw(${size ?? ''})`;
  const maker = req.api === 'legacy' ? `np.random.RandomState(${seed})`
    : (req.bitgen ?? 'pcg64') === 'pcg64' ? `np.random.default_rng(${seed})` : `np.random.Generator(np.random.${bitgen}(${seed}))`;
  return `import numpy as np\nrng = ${maker}\nrng.${req.dist}(${args.join(', ')})`;
}
