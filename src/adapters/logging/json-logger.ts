/** Logger port as JSON lines: one object per line with time, level, event and snake_case fields. */
import type { LogFields, Logger } from '../../ports/logger.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

/** Creates a logger writing to a stream (stderr by default, so stdout stays clean for JSON output). */
export function createJsonLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const threshold = LEVELS[level];
  const make = (base: LogFields): Logger => {
    const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
      if (LEVELS[at] < threshold) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: at, event, ...base, ...fields }, replacer)}\n`);
    };
    return {
      debug: (event, fields) => emit('debug', event, fields),
      info: (event, fields) => emit('info', event, fields),
      warn: (event, fields) => emit('warn', event, fields),
      error: (event, fields) => emit('error', event, fields),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make({});
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}
