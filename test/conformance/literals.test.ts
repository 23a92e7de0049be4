/**
 * The literal reader against CPython (test/fixtures/lint/derive_literals.py): every text either
 * evaluates to exactly what Python's eval gives, or is refused where Python has no literal value
 * SeedLab can hold; and SEED006 reports a literal seed exactly when NumPy / CPython reject it, with
 * their message.
 */
import * as assert from 'assert';
import { lintSource } from '../../src/analysis/lint';
import { pythonLiteral } from '../../src/core/pyliteral';
import { PyFloat, pyFloatRepr } from '../../src/core/pyvalues';
import { readFixture } from '../support/fixtures';

interface Fixture {
  literals: Array<{ text: string; value: unknown }>;
  seeds: Array<{ call: string; text: string; error: string | null }>;
}
const { literals, seeds } = readFixture<Fixture>('lint', 'literals.json');

/** A core value in the fixture's tagged form. */
function tagged(v: unknown): unknown {
  if (v === null) return { none: true };
  if (typeof v === 'boolean') return { bool: v };
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return { int: String(v) };
  if (typeof v === 'number' || v instanceof PyFloat) return { float: pyFloatRepr(v instanceof PyFloat ? v.value : v) };
  if (typeof v === 'string') return { str: v };
  if (v instanceof Uint8Array) return { bytes: Array.from(v) };
  if (Array.isArray(v)) return { seq: v.map(tagged) };
  throw new Error(`not a core value: ${String(v)}`);
}

describe('Python literals, as CPython evaluates them', () => {
  for (const { text, value } of literals) {
    it(`${JSON.stringify(text)} -> ${value === null ? 'not a literal' : JSON.stringify(value)}`, () => {
      const got = pythonLiteral(text);
      // The one refusal of a literal Python evaluates: \N{NAME} needs Unicode's name table.
      if (got === null && value !== null && text.includes('\\N{')) return;
      assert.deepStrictEqual(got === null ? null : tagged(got.value), value);
    });
  }
});

describe('SEED006 on literal seeds, as NumPy and CPython answer them', () => {
  const imports = 'import random\nimport numpy as np\n';
  for (const { call, text, error } of seeds) {
    it(`${call}(${text}) ${error ? `fails: ${error.split(':')[0]}` : 'is accepted'}`, () => {
      const found = lintSource(`${imports}${call}(${text})\n`, { select: ['SEED006'] });
      assert.deepStrictEqual(found.map((f) => f.message), error ? [`${call}(${text}) fails at run time with ${error.replace(/\n/g, ' ')}`] : []);
    });
  }
});
