import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import type { Finding, Severity } from '../../analysis/finding';
import { lineIndex, lintSource } from '../../analysis/lint';
import { notebookSource } from '../../analysis/notebook';
import { RULES } from '../../analysis/rules';
import { Command, UsageError } from '../command';
import { readProjectConfig } from '../config';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', 'env', '.tox', '.mypy_cache', 'site-packages', 'dist', 'build']);
const DOCS = 'https://github.com/seedlab/seedlab/blob/main/docs/rules';

const usage = `Usage: seedlab lint [PATHS...] [--format text|json|sarif|github] [--select CODES] [--ignore CODES]

Finds randomness that will not reproduce in .py files and .ipynb notebooks (folders are searched,
skipping .git, virtual environments and node_modules). Settings come from [tool.seedlab] in
pyproject.toml (select, ignore, default-seed, and severity per rule).
Exit codes: 0 no findings, 1 findings, 2 usage or I/O error.
Rules: ${RULES.map((r) => `${r.code} ${r.name}`).join(', ')}
`;

export interface JsonFinding {
  path: string; line: number; column: number; endLine: number; endColumn: number;
  code: string; severity: Severity; message: string;
}

/** The .py and .ipynb files under the given paths, in a stable order. */
function collect(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (SKIP_DIRS.has(path.basename(p)) || fs.existsSync(path.join(p, 'pyvenv.cfg'))) return;
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (p.endsWith('.py') || p.endsWith('.ipynb')) {
      out.push(p);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
    walk(p);
  }
  return out;
}

function lintFile(file: string, options: Parameters<typeof lintSource>[1]): JsonFinding[] {
  const text = fs.readFileSync(file, 'utf8');
  const { source, locate } = file.endsWith('.ipynb') ? notebookSource(text) : { source: text, locate: null };
  const pos = lineIndex(source);
  return lintSource(source, options).map((f: Finding) => {
    const a = pos(f.from), b = pos(f.to);
    const start = locate ? locate(a) : a, end = locate ? locate(b) : b;
    return { path: file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, code: f.code, severity: f.severity, message: f.message };
  });
}

function sarif(findings: JsonFinding[]): string {
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'seedlab', rules: RULES.map((r) => ({ id: r.code, name: r.name, helpUri: `${DOCS}/${r.code}.md` })) } },
      results: findings.map((f) => ({
        ruleId: f.code, level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note', message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.path }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
      })),
    }],
  }, null, 2) + '\n';
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'find randomness that will not reproduce in .py and .ipynb files',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, select: { type: 'string' }, ignore: { type: 'string' } } });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values: opt, positionals } = parsed;
    const format = opt.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    const paths = positionals.length ? positionals : ['.'];
    const config = readProjectConfig(paths[0]);
    const split = (s: string | undefined): string[] | undefined => s?.split(',').map((c) => c.trim()).filter(Boolean);
    const options = {
      select: split(opt.select) ?? config.select, ignore: split(opt.ignore) ?? config.ignore,
      severity: config.severity, defaultSeed: config.defaultSeed,
    };
    let findings: JsonFinding[] = [];
    try {
      for (const file of collect(paths)) findings = findings.concat(lintFile(file, options));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      io.stderr(`seedlab lint: ${(e as Error).message}\n`);
      return 2;
    }
    if (format === 'json') io.stdout(JSON.stringify(findings, null, 2) + '\n');
    else if (format === 'sarif') io.stdout(sarif(findings));
    else if (format === 'github') {
      for (const f of findings) io.stdout(`::${f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice'} file=${f.path},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${f.code}::${f.message}\n`);
    } else {
      for (const f of findings) io.stdout(`${f.path}:${f.line}:${f.column}: ${f.code} ${f.message}\n`);
      io.stdout(findings.length ? `Found ${findings.length} finding${findings.length === 1 ? '' : 's'}.\n` : 'All checks passed.\n');
    }
    return findings.length ? 1 : 0;
  },
};
