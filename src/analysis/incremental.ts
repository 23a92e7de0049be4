/**
 * Keeps one document's lezer tree across edits: edits are recorded as they arrive and the next
 * parse reuses every unchanged fragment of the previous tree, so a one-line edit re-parses only
 * around the change. Its model cache does the same for the facts the rules read (pass it to
 * lintSource with the tree).
 */
import { parser } from '@lezer/python';
import { ChangedRange, TreeFragment, Tree } from '@lezer/common';
import { ModelCache } from './model';

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
    const tree = parser.parse(source, this.fragments);
    this.fragments = TreeFragment.addTree(tree);
    return tree;
  }
}
