import type { Command } from '../command';
import { lintCommand } from './lint';
import { runCommand } from './run';
import { sampleCommand } from './sample';

/** Every verb of the `seedlab` CLI, in the order `seedlab --help` lists them. */
export const commands: readonly Command[] = [lintCommand, runCommand, sampleCommand];
