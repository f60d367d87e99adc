/** Marks text in another language than the page's English, so that a screen reader switches voice for it alone. */
import { type Markup, html } from '../html.js';

// Common characters written differently in the two scripts: 這/这, 個/个, 們/们 … The counts decide which one a text uses.
const TRADITIONAL = new Set('這個們來會說時為從對經發開電體學實動過國長業產應後頭機點廠進認證議資價億萬級務條規據術導關將區灣');
const SIMPLIFIED = new Set('这个们来会说时为从对经发开电体学实动过国长业产应后头机点厂进认证议资价亿万级务条规据术导关将区湾');

/**
 * The language tag for text in `language`, with Chinese told apart by script: "zh-Hant" when `sample` is written in
 * Traditional characters, so the browser picks Traditional glyphs and fonts.
 */
export function languageTag(language: string | null | undefined, sample = ''): string | null {
  if (!language || !/^zh\b/i.test(language) || /-(Hant|Hans|TW|HK|MO|CN|SG)\b/i.test(language)) return language ?? null;
  let traditional = 0;
  let simplified = 0;
  for (const char of sample) {
    if (TRADITIONAL.has(char)) traditional += 1;
    else if (SIMPLIFIED.has(char)) simplified += 1;
  }
  return traditional > simplified ? 'zh-Hant' : language;
}

/** The lang attribute for text in `language` on an English page: none when it is English or unknown. */
export function langAttribute(language: string | null | undefined, sample = ''): Markup {
  const tag = languageTag(language, sample);
  return tag && !/^en\b/i.test(tag) ? html` lang="${tag}"` : html``;
}

/** The lang attribute for a text whose language is not recorded beside it: Chinese when Han outnumbers Latin letters. */
export function langOfText(text: string): Markup {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return langAttribute(han > latin ? 'zh' : null, text);
}
