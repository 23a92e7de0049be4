import type { Command } from '../command';

/** Every verb of the `seedlab` CLI, in the order `seedlab --help` lists them. */
export const commands: readonly Command[] = [];
