/**
 * Keeps one document's lezer tree across edits: edits are recorded as they arrive and the next
 * parse reuses every unchanged fragment of the previous tree, so a one-line edit re-parses only
 * around the change. Its model cache does the same for the facts the rules read (pass it to
 * lintSource with the tree).
 *
 * In a document with syntax errors lezer's reuse can recover differently from a fresh parse
 * (seen after random edits around unterminated triple-quoted strings), so a tree with an error
 * node is replaced by a fresh parse: the editor then reports what `seedlab lint` reports.
 */
import { parser } from '@lezer/python';
import { ChangedRange, TreeFragment, Tree, TreeBuffer } from '@lezer/common';
import { ModelCache } from './model';

/** Subtrees known to hold an error node or not; reused subtrees are the same objects, so each is scanned once. */
const ERRORS = new WeakMap<Tree | TreeBuffer, boolean>();

function hasError(node: Tree | TreeBuffer): boolean {
  let known = ERRORS.get(node);
  if (known === undefined) {
    if (node instanceof TreeBuffer) {
      known = false;
      // A buffer holds [type, from, to, end] per node; the error type's id is 0.
      for (let i = 0; i < node.buffer.length && !known; i += 4) if (node.set.types[node.buffer[i]].isError) known = true;
    } else {
      known = node.type.isError || node.children.some(hasError);
    }
    ERRORS.set(node, known);
  }
  return known;
}

export interface Edit {
  readonly from: number;
  readonly to: number;
  readonly insertLength: number;
}

export class IncrementalParser {
  private fragments: readonly TreeFragment[] = [];
  readonly modelCache = new ModelCache();

  /** Records edits made to the text since the last parse (offsets in the text before each edit). */
  edit(edits: readonly Edit[]): void {
    if (this.fragments.length === 0) return;
    const changes: ChangedRange[] = edits.map((e) => ({ fromA: e.from, toA: e.to, fromB: e.from, toB: e.from + e.insertLength }));
    this.fragments = TreeFragment.applyChanges(this.fragments, changes);
  }

  parse(source: string): Tree {
    let tree = parser.parse(source, this.fragments);
    if (this.fragments.length > 0 && hasError(tree)) tree = parser.parse(source);
    this.fragments = TreeFragment.addTree(tree);
    return tree;
  }
}
