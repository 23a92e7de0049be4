import { PyError } from '../core/errors';
import { CliIO, UsageError } from './command';
import { commands } from './commands';

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: seedlab <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'seedlab <command> --help' for a command's options.\n`;
}

/**
 * Dispatches argv to a verb and maps failures to exit codes: 0 ok, 1 a Python-level error
 * (printed as Python prints it) or findings, 2 usage error.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(overview());
    return verb === undefined ? 2 : 0;
  }
  if (verb === '--version' || verb === '-V') {
    io.stdout(`seedlab ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === verb);
  if (!command) {
    io.stderr(`seedlab: unknown command '${verb}'; valid commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`seedlab ${command.name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof PyError) {
      io.stderr(`${err.toPythonString()}\n`);
      return 1;
    }
    throw err;
  }
}
