/** Words the term check ignores: function words, and generic words a faithful paraphrase adds freely. */

/** English function words: they carry no claim of their own. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of in on at to for from by with as into onto over under about above below after before
  during since until while than then that this these those there here it its it's they them their theirs he him his she
  her hers we us our you your i me my who whom whose which what when where why how is are was were be been being am do
  does did doing done have has had having can could may might must shall should will would also just only very so such
  both each either every all any some more most other another same own not no yes if because though although whether
  up down out off again further once per via upon within without across around among against between through toward
  towards onto than too s t 's ’s one's`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Generic words a faithful summary may add without a source saying them: reporting verbs, vague
 * quantifiers, connectives and words for "the company". Lower-case stems of these never count
 * against a claim.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `say said says saying tell told tells add added adds note noted notes state stated states report reported reports
  announce announced announces according claim claims claimed show shows showed shown find found finds
  company companies firm firms group business businesses its their new now today currently still already also
  about around roughly approximately nearly almost some several many much few more less most least total overall
  including include includes included other others another
  year years month months week weeks day days quarter time times period
  make makes made take takes took get gets got give gives gave put puts keep keeps kept go goes went come comes came
  use uses used using set sets
  first second third last next previous earlier later latest recent recently
  percent per cent billion million thousand hundred trillion bn
  just only even well yet again ago once
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mr ms chief executive officer ceo head`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Absolute words: a claim that everyone agreed, or that something happened entirely, says more than any
 * number of other words. Absent from the cited sentences, one weighs as much as two other absent terms.
 */
export const ABSOLUTE_WORDS: ReadonlySet<string> = new Set(
  `unanimous unanimously entire entirely universal universally solely exclusively completely fully totally always
  wholly invariably`
    .split(/\s+/)
    .filter(Boolean),
);

/** Chinese function words and particles left out of Chinese term sets. */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  `的 了 在 是 和 与 與 及 或 也 都 就 而 并 並 又 对 對 把 被 将 將 于 於 从 從 向 为 為 以 其 这 這 那 之 等 着 著 个 個 中 上 下
  后 後 前 里 裡 年 月 日 时 時 其中 以及 已经 已經 目前 表示 认为 認為 指出 称 稱 说 說 公司 方面 今年 去年 明年 当天 當天
  此外 不过 不過 但 但是 还 還 更 最 很 已 将于 將於 以来 以來 来说 來說 一 一个 一個 这一 這一 这个 這個 该 該 并且 並且 约 約`
    .split(/\s+/)
    .filter(Boolean),
);
