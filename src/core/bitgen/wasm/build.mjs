// Compiles kernels.wat to the embedded module kernels.generated.ts (run by `npm run build`).
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import wabtInit from 'wabt';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * kernels.wat's two text macros: a ";;@step NAME" ... ";;@end" block defines a generator's step;
 * a ";;@template NAME..." ... ";;@end" block is emitted once per NAME, with {G} replaced by NAME
 * and each ";;@next" line by NAME's step.
 */
export function expand(src) {
  const steps = new Map();
  const out = [];
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^;;@(step|template) (.+)$/.exec(lines[i].trim());
    if (!m) { out.push(lines[i]); continue; }
    const body = [];
    for (i++; lines[i].trim() !== ';;@end'; i++) {
      if (i >= lines.length - 1) throw new Error(`kernels.wat: unterminated ;;@${m[1]}`);
      body.push(lines[i]);
    }
    if (m[1] === 'step') { steps.set(m[2].trim(), body); continue; }
    for (const name of m[2].trim().split(/\s+/)) {
      if (!steps.has(name)) throw new Error(`kernels.wat: no ;;@step ${name}`);
      for (const line of body) {
        if (line.trim() === ';;@next') out.push(...steps.get(name));
        else out.push(line.replaceAll('{G}', name));
      }
    }
  }
  return out.join('\n');
}
const wabt = await wabtInit();
const module = wabt.parseWat('kernels.wat', expand(readFileSync(join(here, 'kernels.wat'), 'utf8')));
module.validate();
const { buffer } = module.toBinary({});
const b64 = Buffer.from(buffer).toString('base64');
writeFileSync(join(here, 'kernels.generated.ts'),
  `// Generated from kernels.wat by build.mjs (npm run build); do not edit.\nexport const KERNELS_WASM_BASE64 =\n  '${b64}';\n`);
console.log(`kernels.wasm: ${buffer.length} bytes`);
