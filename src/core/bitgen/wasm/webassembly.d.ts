// The slice of the WebAssembly JS API the kernels use (the core compiles without DOM typings,
// which would otherwise provide it). Available in Node, browsers and web workers alike.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, unknown>);
    readonly exports: Record<string, unknown>;
  }
  interface Memory {
    readonly buffer: ArrayBuffer;
  }
  interface Global {
    value: number;
  }
}
