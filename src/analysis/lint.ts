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
      for (const f of rule.check(model, ctx)) findings.push({ ...f, severity: options.severity?.[rule.code] ?? f.severity });
    } catch {
      // A rule bug must never take the editor or CI down; the other rules still report.
    }
  }
  const noqa = suppressions(source);
  const lineOf = lineIndex(source);
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      // A function called from several places is walked once per call (execution order): one
      // finding in its body must still be reported once.
      const key = `${f.code}\u0000${f.from}\u0000${f.to}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      const s = noqa.get(lineOf(f.from).line - 1);
      return s === undefined ? true : s !== null && !s.has(f.code);
    })
    .sort((a, b) => a.from - b.from || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Offset -> 1-based line and column. */
export function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
