/** `groundwire start`: serve the web UI and keep sources fresh on a schedule. */
import type { Command } from 'commander';
import type { CliContext, GlobalOptions } from '../context.js';
import { serveUntilSignal } from './serve.js';

/** Registers the command. */
export function registerStart(program: Command, context: CliContext): void {
  program
    .command('start')
    .description('Serve the web UI and refresh sources on their schedules until stopped (SIGINT/SIGTERM)')
    .action(async (_options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const services = await context.services(globals);
      await serveUntilSignal(context, services, globals);
    });
}
