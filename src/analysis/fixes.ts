/** Pieces several rules' quick fixes share: indentation, and naming a module the file may not import. */
import type { TextEdit } from './finding';
import type { Model } from './model';

/** The indentation of the line holding `offset`, to keep an inserted line aligned. */
export function indentOf(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))![0];
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
export function inOrder(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
}
