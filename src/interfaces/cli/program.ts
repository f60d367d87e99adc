/** Builds the `groundwire` command-line program from its commands. */
import { Command, CommanderError } from 'commander';
import { type CliContext, EXIT } from './context.js';
import { registerBrief } from './commands/brief.js';
import { registerCluster } from './commands/cluster.js';
import { registerDemo } from './commands/demo.js';
import { registerDigest } from './commands/digest.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerParse } from './commands/parse.js';
import { registerRelabel } from './commands/relabel.js';
import { registerSanitize } from './commands/sanitize.js';
import { registerSources } from './commands/sources.js';
import { registerStart } from './commands/start.js';
import { registerVerify } from './commands/verify.js';

/** Returns the program; `run` parses argv and maps errors to exit codes. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('groundwire')
    .description('Groundwire: self-hosted news intelligence. Feeds in, grounded story briefs out.')
    .version('0.1.0')
    .option('-c, --config <file>', 'config file (default: ./groundwire.config.json; env GROUNDWIRE_CONFIG)')
    .option('--data-dir <dir>', 'data directory (env GROUNDWIRE_DATA_DIR)')
    .option('--port <port>', 'web server port (env GROUNDWIRE_PORT)')
    .option('--log-level <level>', 'debug, info, warn, error or silent (env GROUNDWIRE_LOG_LEVEL)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerStart(program, context);
  registerIngest(program, context);
  registerSources(program, context);
  registerDemo(program, context);
  registerParse(program, context);
  registerExtract(program, context);
  registerSanitize(program, context);
  registerBrief(program, context);
  registerVerify(program, context);
  registerCluster(program, context);
  registerDigest(program, context);
  registerRelabel(program, context);
  return program;
}

/** Parses argv and runs; returns the exit code. */
export async function runProgram(context: CliContext, argv: readonly string[]): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if ((error as Error).name === 'ConfigError') {
      context.stderr(`${(error as Error).message}\n`);
      return EXIT.usage;
    }
    context.stderr(`groundwire: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}
