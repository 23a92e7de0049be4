// Compiles kernels.wat to the embedded module kernels.generated.ts (run by `npm run build`).
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import wabtInit from 'wabt';

const here = dirname(fileURLToPath(import.meta.url));
const wabt = await wabtInit();
const module = wabt.parseWat('kernels.wat', readFileSync(join(here, 'kernels.wat'), 'utf8'));
module.validate();
const { buffer } = module.toBinary({});
const b64 = Buffer.from(buffer).toString('base64');
writeFileSync(join(here, 'kernels.generated.ts'),
  `// Generated from kernels.wat by build.mjs (npm run build); do not edit.\nexport const KERNELS_WASM_BASE64 =\n  '${b64}';\n`);
console.log(`kernels.wasm: ${buffer.length} bytes`);
