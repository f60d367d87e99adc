/** Job-title words: a company and a person joined by them ("Helioscale chief executive Lena Park") state an employer. */

/** Lower-case title words and the small words that join a title to a company ("chief executive of", "'s"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `chief executive officer ceo cfo cto cio coo president vice head founder co-founder chair chairman chairwoman director
  partner analyst researcher spokesperson spokesman spokeswoman manager lead principal senior general counsel secretary
  minister commissioner provost editor engineer scientist economist`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words allowed between a company and a title ("chief executive of Parallax", "Parallax's chief executive"). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'at', 'the', 'a', 'its', 'for', 'and']);
