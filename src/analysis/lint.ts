/**
 * Text in, findings out: runs the rules over one Python source (or notebook cells joined in
 * order), honours `# noqa` / `# noqa: SEED00N`, --select/--ignore and severity overrides.
 * Never throws: a rule that fails is skipped, a syntax error only limits what parses.
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import type { Finding, Severity } from './finding';
import { buildModel, type ModelCache } from './model';
import { RULES } from './rules';
import { lineIndex } from './lines';

// The CLI and the tests read lines and columns from here too.
export { lineIndex };

export interface LintOptions {
  /** Codes or prefixes to run (default: all). */
  readonly select?: readonly string[];
  /** Codes or prefixes to skip. */
  readonly ignore?: readonly string[];
  readonly severity?: Readonly<Record<string, Severity>>;
  readonly defaultSeed?: number;
  /** A previous parse to reuse (incremental analysis in the editor). */
  readonly tree?: Tree;
  /** Facts of unchanged statements from the previous analysis of the same document. */
  readonly cache?: ModelCache;
}

const NOQA = /#\s*noqa(?::\s*([A-Z0-9, ]+))?/i;

const matches = (code: string, patterns: readonly string[]): boolean => patterns.some((p) => code.startsWith(p.trim().toUpperCase()));

/** Suppressions per line: null means every code (a bare `# noqa`). */
function suppressions(source: string): Map<number, Set<string> | null> {
  const out = new Map<number, Set<string> | null>();
  if (!/noqa/i.test(source)) return out; // most files have none: skip the per-line scan
  source.split('\n').forEach((line, i) => {
    const m = NOQA.exec(line);
    if (m) out.set(i, m[1] ? new Set(m[1].split(',').map((c) => c.trim().toUpperCase()).filter(Boolean)) : null);
  });
  return out;
}

export function lintSource(source: string, options: LintOptions = {}): Finding[] {
  let model;
  try {
    model = buildModel(source, options.tree ?? parser.parse(source), options.cache);
  } catch {
    return [];
  }
  const ctx = { defaultSeed: options.defaultSeed ?? 42 };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (options.select?.length && !matches(rule.code, options.select)) continue;
    if (options.ignore?.length && matches(rule.code, options.ignore)) continue;
    try {
      const severity = options.severity?.[rule.code];
      // Overriding the severity keeps a lazily computed fix lazy (a spread would compute it).
      for (const f of rule.check(model, ctx)) findings.push(severity && severity !== f.severity ? Object.defineProperty(f, 'severity', { value: severity, enumerable: true }) : f);
    } catch {
      // A rule bug must never take the editor or CI down; the other rules still report.
    }
  }
  const noqa = suppressions(source);
  const lineOf = noqa.size > 0 ? lineIndex(source) : null;
  // Sorted so that equal findings are neighbours: a function called from several places is walked
  // once per call (execution order), and a finding in its body must still be reported once.
  findings.sort((a, b) => a.from - b.from || compare(a.code, b.code) || a.to - b.to || compare(a.message, b.message));
  const out: Finding[] = [];
  for (const f of findings) {
    const last = out[out.length - 1];
    if (last && last.from === f.from && last.to === f.to && last.code === f.code && last.message === f.message) continue;
    const s = lineOf ? noqa.get(lineOf(f.from).line - 1) : undefined;
    if (s === null || s?.has(f.code)) continue;
    out.push(f);
  }
  return out;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
