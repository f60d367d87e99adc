/** Words too common to tell one news event from another, in English and Chinese; dropped before weighting. */

/** English function words plus newsroom filler ("said", "according", weekdays) that every report carries. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves
  out over own same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves said says say told according per via amid among within without across around while since yet still however
  one two three four five six seven eight nine ten first second third new year years month months week weeks day days
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow time times
  mr ms mrs percent company companies people statement spokesperson spokesman spokeswoman reported report reports
  http https www com html htm org net`.split(/\s+/),
);

/** Chinese particles, pronouns and reporting verbs that jieba emits as words but that carry no topic. */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 和 是 在 也 有 与 及 等 对 将 为 以 于 就 都 而 被 把 从 到 上 中 下 其 之 这 那 该 此 并 或 但 由 向 让 已 已经 还 又
  我们 他们 她们 它们 我 你 他 她 它 一 一个 这个 那个 这些 那些 表示 称 说 指出 认为 据 据悉 报道 消息 记者 今年 去年 明年
  日 月 年 周 周一 周二 周三 周四 周五 周六 周日 星期 公司 方面 进行 相关 目前 可能 没有 不 会 能 要 可以 如果 因为 所以`.split(/\s+/),
);
