/** What a rule reports: offsets into the source, converted to lines and columns at the edges. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Related {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
  readonly from: number;
  readonly to: number;
  readonly fix?: Fix;
  readonly related?: readonly Related[];
}

export interface RuleContext {
  /** The seed that fixes insert (setting `seedlab.defaultSeed`, `[tool.seedlab] default-seed`). */
  readonly defaultSeed: number;
}

export interface Rule {
  readonly code: string;
  /** Short kebab-case name, as in Ruff's rule names. */
  readonly name: string;
  readonly defaultSeverity: Severity;
  check(model: import('./model').Model, ctx: RuleContext): Finding[];
}
