/** The flags by which a command names the language model it may use (each overrides its config option). */
import type { Command } from 'commander';
import type { LanguageModelSettings } from '../context.js';

export interface LlmFlags {
  llmBaseUrl?: string;
  llmModel?: string;
  llmApiKey?: string;
  llmTimeout?: string;
}

/** Adds --llm-base-url, --llm-model, --llm-api-key and --llm-timeout to a command. */
export function withLlmOptions(command: Command): Command {
  return command
    .option('--llm-base-url <url>', 'OpenAI-compatible API base URL, e.g. http://127.0.0.1:8080/v1 (env GROUNDWIRE_LLM_BASE_URL)')
    .option('--llm-model <name>', 'model name (env GROUNDWIRE_LLM_MODEL)')
    .option('--llm-api-key <key>', 'API key (env GROUNDWIRE_LLM_API_KEY)')
    .option('--llm-timeout <seconds>', 'seconds per model call (env GROUNDWIRE_LLM_TIMEOUT_SECONDS; default 60)');
}

/** The model settings the flags override. */
export function modelOverrides(flags: LlmFlags): Partial<LanguageModelSettings> {
  return {
    ...(flags.llmBaseUrl ? { baseUrl: flags.llmBaseUrl } : {}),
    ...(flags.llmModel ? { model: flags.llmModel } : {}),
    ...(flags.llmApiKey ? { apiKey: flags.llmApiKey } : {}),
    ...(flags.llmTimeout ? { timeoutMs: Number(flags.llmTimeout) * 1000 } : {}),
  };
}
