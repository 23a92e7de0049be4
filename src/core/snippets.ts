/** Text of the seeding patterns SeedLab inserts (commands and quick fixes share them). */

const NUMPY_IMPORT = /^\s*import\s+numpy\s+as\s+np\b/m;

export interface InsertEdit {
  /** `import numpy as np\n` when the file lacks it, else null. */
  readonly importLine: string | null;
  readonly text: string;
}

export function generatorSnippet(source: string, seed: number): InsertEdit {
  return {
    importLine: NUMPY_IMPORT.test(source) ? null : 'import numpy as np\n',
    text: `rng = np.random.default_rng(${seed})\n`,
  };
}
