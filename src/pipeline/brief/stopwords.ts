/** English function words left out of term vectors: they carry no topic and would make every sentence look alike. */

/** Lower-case English stop words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  said says say told according per via its it's s t one two three four five six seven eight nine ten new year years week weeks
  month months day days monday tuesday wednesday thursday friday saturday sunday company companies`
    .split(/\s+/)
    .filter(Boolean),
);
