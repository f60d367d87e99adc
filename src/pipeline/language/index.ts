/** The language stage: which language a text is written in. */
export { type DetectedLanguage, detectLanguage, normalizeLanguageTag } from './detect-language.js';
