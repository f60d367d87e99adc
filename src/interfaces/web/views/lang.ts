/** Marks text in another language than the page's English, so that a screen reader switches voice for it alone. */
import { type Markup, html } from '../html.js';

/** The lang attribute for text in `language` on an English page: none when it is English or unknown. */
export function langAttribute(language: string | null | undefined): Markup {
  return language && !/^en\b/i.test(language) ? html` lang="${language}"` : html``;
}

/** The lang attribute for a text whose language is not recorded beside it: Chinese when Han outnumbers Latin letters. */
export function langOfText(text: string): Markup {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return langAttribute(han > latin ? 'zh' : null);
}
