/** `[tool.seedlab]` in the nearest pyproject.toml: select, ignore, default-seed, severity per rule. */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'smol-toml';
import type { Severity } from '../analysis/finding';

export interface ProjectConfig {
  select?: string[];
  ignore?: string[];
  defaultSeed?: number;
  severity?: Record<string, Severity>;
}

export function readProjectConfig(start: string): ProjectConfig {
  let dir = path.resolve(fs.existsSync(start) && fs.statSync(start).isFile() ? path.dirname(start) : start);
  for (;;) {
    const file = path.join(dir, 'pyproject.toml');
    if (fs.existsSync(file)) {
      const tool = (parse(fs.readFileSync(file, 'utf8')) as { tool?: { seedlab?: Record<string, unknown> } }).tool?.seedlab ?? {};
      return {
        select: tool.select as string[] | undefined,
        ignore: tool.ignore as string[] | undefined,
        defaultSeed: tool['default-seed'] as number | undefined,
        severity: tool.severity as Record<string, Severity> | undefined,
      };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
}
