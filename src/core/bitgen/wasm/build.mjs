// Compiles kernels.wat to the embedded module kernels.generated.ts (run by `npm run build`).
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import wabtInit from 'wabt';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * kernels.wat's text macros: a ";;@def NAME MACRO" ... ";;@end" block defines a piece of code for
 * generator NAME; a ";;@template NAME..." ... ";;@end" block is emitted once per NAME, with {G}
 * replaced by NAME and each line ";;@MACRO" by NAME's definition of MACRO.
 */
export function expand(src) {
  const defs = new Map();
  const out = [];
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^;;@(def|template) (.+)$/.exec(lines[i].trim());
    if (!m) { out.push(lines[i]); continue; }
    const body = [];
    for (i++; lines[i].trim() !== ';;@end'; i++) {
      if (i >= lines.length - 1) throw new Error(`kernels.wat: unterminated ;;@${m[1]}`);
      body.push(lines[i]);
    }
    const words = m[2].trim().split(/\s+/);
    if (m[1] === 'def') { defs.set(`${words[0]} ${words[1]}`, body); continue; }
    for (const name of words) {
      for (const line of body) {
        const use = /^;;@(\w+)$/.exec(line.trim());
        if (!use) { out.push(line.replaceAll('{G}', name)); continue; }
        const def = defs.get(`${name} ${use[1]}`);
        if (!def) throw new Error(`kernels.wat: no ;;@def ${name} ${use[1]}`);
        out.push(...def);
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
