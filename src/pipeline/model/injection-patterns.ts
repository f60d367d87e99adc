/**
 * Phrases by which article text tries to instruct a language model ("ignore previous
 * instructions…"). Data only: every prompt withholds such sentences from the model, and the brief engine refuses
 * brief sentences that echo them. English and Chinese; matched case-insensitively.
 */

/** Sentences that address an AI system instead of reporting news. */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.]{0,40}\b(previous|prior|above|earlier|preceding|all|any|your|system|these|those)\b[^.]{0,20}\b(instructions?|prompts?|directions?|rules|guidelines|context)\b/i,
  /\b(new|updated|real|actual|hidden)\s+(instructions?|system prompt|directives?)\s*[:：]/i,
  /\b(system prompt|developer (message|mode)|jailbreak|prompt injection payload)\b/i,
  /\byou are (now )?(an?|the|my) (ai|assistant|language model|chatbot|llm|model|summari[sz]er|brief writer)\b/i,
  /\b(ai|assistant|language model|chatbot|llm|model|summari[sz]er|gpt|bot)s?\b[^.]{0,60}\b(must|should|shall|will|are required to|need to)\b[^.]{0,30}\b(write|say|state|report|claim|output|respond|summari[sz]e|include|ignore|describe)\b/i,
  /\b(when|if) (summari[sz]ing|writing about|reporting on) this\b/i,
  /<\|im_(start|end)\|>|\[\/?INST\]|<\/?(system|assistant)>|^\s*(system|assistant)\s*:/i,
  /忽略|无视|無視|忘记之前|忘記之前|系统提示|系統提示|你现在是|你現在是|新的指令|新指令|(模型|人工智能|AI|助手)(必须|必須|应该|應該)(写|寫|说|說|输出|輸出)/,
];

/** Tells whether a sentence reads as an instruction to a model. */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(text));
}
