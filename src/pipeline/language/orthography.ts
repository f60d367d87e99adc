/** Letters a language never writes: they settle close calls between related languages (Spanish/Portuguese, Russian/Bulgarian). */

/** For each franc code, letters whose presence rules the language out. */
export const EXCLUDING_LETTERS: Record<string, RegExp> = {
  por: /[ñ¿¡]/i,
  spa: /[ãõçàèìòâêôû]/i,
  cat: /[ñ¿¡ãõ]/i,
  ita: /[ñãõçäöüß]/i,
  fra: /[ñãõß¿¡]/i,
  deu: /[ñãõçåøæ]/i,
  nld: /[ßñãõç]/i,
  eng: /[ßñãõ]/i,
  // Russian writes ъ only as a separator before е, ё, ю, я; Bulgarian writes it as a vowel anywhere.
  rus: /[іїєґђјљњћџәғқңөұүһ]|ъ(?![еёюя])/i,
  ukr: /[ыэёђјљњћџ]/i,
  bul: /[ыэёіїєґђјљњћџ]/i,
  srp: /[яюйщъьыэё]/i,
  kaz: /[ђјљњћџїєґ]/i,
  tur: /[äëœßñ]/i,
  hin: /ळ/,
  ind: /[çğışöüß]/i,
  pol: /[áéíúàèìòùâêîôûãõçñßäöü]/i,
  hrv: /[ąęłńśźżqwxy]/i,
  slk: /[ąęłńśźżő]/i,
  ces: /[ąęłńśźżő]/i,
};

/** For each franc code, letters so frequent in the language that a sentence of some length always has one. */
export const REQUIRED_LETTERS: Record<string, RegExp> = {
  bul: /ъ/i,
  ukr: /[іїєґ]/i,
  srp: /[ђјљњћџ]/i,
  kaz: /[әғқңөұүһі]/i,
  vie: /[ơưđăâêôạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
};

/** Texts shorter than this may lack even a frequent letter, so REQUIRED_LETTERS is not applied. */
const REQUIRED_FROM_CHARS = 30;

function ruledOut(text: string, code: string): boolean {
  if (EXCLUDING_LETTERS[code]?.test(text)) return true;
  const required = REQUIRED_LETTERS[code];
  return required !== undefined && text.length >= REQUIRED_FROM_CHARS && !required.test(text);
}

/** Removes candidates the text's letters rule out, keeping at least one. */
export function filterByLetters(text: string, candidates: string[]): string[] {
  const kept = candidates.filter((code) => !ruledOut(text, code));
  return kept.length > 0 ? kept : candidates;
}
