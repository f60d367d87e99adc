/** The OpenAI Chat Completions wire format: the request body we send and the reading of a response. */
import type { ChatMessage, Completion, CompletionRequest } from '../../ports/language-model.js';
import { type Result, fail, ok } from '../../shared/result.js';

export interface ChatCompletionBody {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  max_tokens?: number;
  response_format?: { type: 'json_object' };
}

interface ChatCompletionResponse {
  model?: string;
  choices?: { message?: { content?: string | null }; finish_reason?: string }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

// Servers that omit usage still cost tokens: about four characters a token is the usual estimate.
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Reads a 2xx response body into a completion; a body without a message is a bad response. */
export function readCompletion(body: Buffer, request: CompletionRequest): Result<Completion> {
  let json: ChatCompletionResponse;
  try {
    json = JSON.parse(body.toString('utf8')) as ChatCompletionResponse;
  } catch {
    return fail('llm', 'bad-response', `response is not JSON: ${body.toString('utf8').slice(0, 200)}`);
  }
  const content = json.choices?.[0]?.message?.content;
  if (typeof content !== 'string') return fail('llm', 'bad-response', 'response has no choices[0].message.content');
  const prompt = json.usage?.prompt_tokens ?? estimateTokens(request.messages.map((message) => message.content).join('\n'));
  const completion = json.usage?.completion_tokens ?? estimateTokens(content);
  return ok({ content, usage: { promptTokens: prompt, completionTokens: completion }, ...(json.model ? { model: json.model } : {}) });
}
