/** Pieces several rules' quick fixes share: indentation, whole-line statements, and naming a module the file may not import. */
import type { SyntaxNode } from '@lezer/common';
import type { Finding, Fix, TextEdit } from './finding';
import type { Call, Model } from './model';
import type { Source } from './sources';

/** A finding whose fix is worked out the first time something reads it. */
class LazilyFixedFinding implements Finding {
  readonly code!: string;
  readonly message!: string;
  readonly severity!: Finding['severity'];
  readonly from!: number;
  readonly to!: number;
  readonly related?: Finding['related'];
  #compute: (() => Fix | null | undefined) | null;
  #fix: Fix | undefined;

  constructor(fields: Omit<Finding, 'fix'>, compute: () => Fix | null | undefined) {
    Object.assign(this, fields);
    this.#compute = compute;
  }

  get fix(): Fix | undefined {
    if (this.#compute) {
      this.#fix = this.#compute() ?? undefined;
      this.#compute = null;
    }
    return this.#fix;
  }

  /** As a plain finding (JSON.stringify leaves getters on the prototype out). */
  toJSON(): Finding {
    return { ...this, ...(this.fix ? { fix: this.fix } : {}) };
  }
}

/**
 * `finding` with a fix worked out only when something reads it (a code action, fix-all, a test):
 * most findings' fixes are never asked for, and some take tree lookups to build.
 */
export function withFix(finding: Omit<Finding, 'fix'>, compute: () => Fix | null | undefined): Finding {
  return new LazilyFixedFinding(finding, compute);
}

/** The indentation of the line holding `offset`, to keep an inserted line aligned. */
export function indentOf(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))![0];
}

/** Each global source's seeding call: its module, the name it conventionally goes by, and the call after that name. */
const SEEDING: Record<Source, { module: string; conventional: string; call: (seed: string) => string }> = {
  numpy: { module: 'numpy', conventional: 'np', call: (s) => `.random.seed(${s})` },
  python: { module: 'random', conventional: 'random', call: (s) => `.seed(${s})` },
  torch: { module: 'torch', conventional: 'torch', call: (s) => `.manual_seed(${s})` },
  tensorflow: { module: 'tensorflow', conventional: 'tf', call: (s) => `.random.set_seed(${s})` },
};

/** The call seeding `source`'s global state with `seed` (`np.random.seed(42)`), named as the file imports the module, and the import it may need. */
export function seedingCall(model: Model, source: Source, seed: string): { call: string; edits: TextEdit[] } {
  const seeding = SEEDING[source];
  const module = moduleName(model, seeding.module, seeding.conventional);
  return { call: `${module.name}${seeding.call(seed)}`, edits: module.edits };
}

/**
 * How code inserted by a fix names `module` (`np` after `import numpy as np`), and the import
 * to add when the file has none (`import numpy as np` after its last top-level import).
 */
export function moduleName(model: Model, module: string, conventional: string): { name: string; edits: TextEdit[] } {
  for (const [local, qualified] of model.imports) if (qualified === module) return { name: local, edits: [] };
  // `from random import random` already binds the conventional name: the module gets another.
  const name = model.imports.has(conventional) ? `${module.replace(/\./g, '_')}_module` : conventional;
  const at = model.afterImports;
  const line = `import ${module}${name === module ? '' : ` as ${name}`}`;
  return { name, edits: [{ from: at, to: at, insert: at === 0 ? `${line}\n` : `\n${line}` }] };
}

/** A fix's edits in document order (what `source.fixAll` expects when it skips overlapping fixes). */
export function inOrder(edits: TextEdit[]): TextEdit[] {
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].from < edits[i - 1].from || (edits[i].from === edits[i - 1].from && edits[i].to < edits[i - 1].to)) {
      return edits.sort((a, b) => a.from - b.from || a.to - b.to);
    }
  }
  return edits; // most fixes are built in order already
}

/** The expression statement that is exactly this call (`np.random.seed(1)`, not `x = f(np.random.seed(1))`), or null. */
export function callStatement(model: Model, call: Call): SyntaxNode | null {
  let node: SyntaxNode | null = model.tree.resolveInner(call.from, 1);
  while (node && !(node.name === 'CallExpression' && node.from === call.from && node.to === call.to)) node = node.parent;
  const statement = node?.parent;
  return statement && statement.name === 'ExpressionStatement' && statement.from === call.from && statement.to === call.to ? statement : null;
}

/**
 * The statement that is exactly this call (`np.random.seed(1)` on its own, not `x = f(np.random.seed(1))`),
 * when it has its line to itself (a trailing comment aside): what a fix can move or delete whole.
 */
export function ownLineStatement(model: Model, call: Call): SyntaxNode | null {
  const statement = callStatement(model, call);
  if (!statement) return null;
  const { source } = model;
  const lineStart = source.lastIndexOf('\n', statement.from - 1) + 1;
  const lineEnd = source.indexOf('\n', statement.to);
  const rest = source.slice(statement.to, lineEnd < 0 ? source.length : lineEnd);
  return /^\s*$/.test(source.slice(lineStart, statement.from)) && /^\s*(#.*)?$/.test(rest) ? statement : null;
}

/** The edit deleting the whole line a statement (from ownLineStatement) stands on. */
export function deleteLine(source: string, statement: SyntaxNode): TextEdit {
  const lineStart = source.lastIndexOf('\n', statement.from - 1) + 1;
  const lineEnd = source.indexOf('\n', statement.to);
  return { from: lineStart, to: lineEnd < 0 ? source.length : lineEnd + 1, insert: '' };
}

/** Whether a block (a Body node) holds a statement besides `statement`, so removing it leaves valid code. */
export function hasOtherStatements(block: SyntaxNode, statement: SyntaxNode): boolean {
  for (let c = block.firstChild; c; c = c.nextSibling) {
    if (c.from !== statement.from && c.name !== ':' && c.name !== 'Comment' && !c.type.isError) return true;
  }
  return false;
}

const BOUND = new WeakMap<Model, Set<string>>();

/** A name not yet bound in the file: `preferred`, else `preferred2`, `preferred3`, ... */
export function freshName(model: Model, preferred: string): string {
  let taken = BOUND.get(model);
  if (!taken) BOUND.set(model, (taken = new Set([...model.imports.keys(), ...model.assignments.map((a) => a.name)])));
  let name = preferred;
  for (let i = 2; taken.has(name); i++) name = `${preferred}${i}`;
  return name;
}
