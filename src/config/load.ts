/** Reads the configuration once: defaults, then the config file, then GROUNDWIRE_* variables. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Config, OPTIONS, configSchema, environmentName } from './schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface LoadOptions {
  /** Explicit config file; else GROUNDWIRE_CONFIG; else ./groundwire.config.json when present. */
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Values set on the command line; they win over everything else. */
  overrides?: Partial<Record<keyof Config, unknown>>;
}

function readFile(path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config: cannot read ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`config: ${path} must hold a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

/** Returns the frozen configuration, or throws ConfigError naming the option and its source. */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const explicit = options.file ?? env.GROUNDWIRE_CONFIG;
  const file = explicit ? resolve(cwd, explicit) : resolve(cwd, 'groundwire.config.json');
  if (explicit && !existsSync(file)) throw new ConfigError(`config: file not found: ${file}`);
  const raw: Record<string, unknown> = existsSync(file) ? readFile(file) : {};
  const origin: Record<string, string> = Object.fromEntries(Object.keys(raw).map((key) => [key, file]));
  for (const key of Object.keys(OPTIONS)) {
    const value = env[environmentName(key)];
    if (value !== undefined && value !== '') {
      raw[key] = value;
      origin[key] = environmentName(key);
    }
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value !== undefined) {
      raw[key] = value;
      origin[key] = 'command line';
    }
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const where = origin[key] ? ` (from ${origin[key]})` : '';
      return issue.code === 'unrecognized_keys'
        ? `unknown option(s) ${issue.keys.join(', ')} in ${file}`
        : `${key}${where}: ${issue.message}`;
    });
    throw new ConfigError(`config: ${problems.join('; ')}`);
  }
  const config = { ...parsed.data, dataDir: resolve(cwd, parsed.data.dataDir) };
  if (config.refreshMinMinutes > config.refreshMaxMinutes) {
    throw new ConfigError('config: refreshMinMinutes must not exceed refreshMaxMinutes');
  }
  return Object.freeze(config) as Config;
}
