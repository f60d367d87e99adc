/** Hedge cues: what makes a statement a guess, an estimate, a generality or a purpose rather than a fact. */
import { cueList } from './list.js';

/**
 * Speculation: the writer guesses. A claim carrying one needs a cited sentence that also hedges.
 * English entries are whole words or phrases, lower case; Chinese entries are matched as substrings.
 */
export const SPECULATION_CUES = cueList(`
  likely, unlikely, probably, possibly, perhaps, maybe, may, might, could, potentially, potential, suggests, suggest,
  suggested, suggesting, signal, signals, signalled, signaled, signalling, signaling, allude, alludes, alluding, appears to, appear to, appeared to, seems, seem to, poised,
  speculation, presumably, arguably, hints, hinted, hinting, implies, implied, implying,
  理论上, 理論上, 可能, 或将, 或將, 或于, 或於, 或达, 或達, 或超, 或会, 或會, 或需, 或面临, 或面臨, 料达, 料達, 料超, 恐怕, 说不定, 說不定, 或许, 或許, 也许, 也許, 有望, 恐将, 恐將, 料将, 料將, 或可, 似乎, 暗示, 意味着, 意味著`);

// What a survey's respondents or a study's participants "reported" is their account, however many words name them:
// "respondents that used two or more model tiers reported …" (up to eight words between).
const SURVEY_REPORTS = ['respondents', 'participants', 'surveyed', 'polled', 'interviewees']
  .flatMap((who) =>
    ['reported', 'said', 'say', 'report', 'estimated'].flatMap((verb) =>
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${who} ${'* '.repeat(n)}${verb}`),
    ),
  )
  .join(', ');

/**
 * Tentative statements in a source: estimates, conditions, talks, opinions, expectations. A claim that
 * covers such a sentence must keep some hedge, or it turns a guess into a fact. "Put * at" is an estimate
 * ("put the effect at 5% to 7%"); "*" matches any one word. Second-hand figures are tentative too: what "people
 * familiar with the terms" or a survey's respondents report is their account, not the source's finding; and a
 * choice still being costed ("costing out a second provider", "mulling", "考虑") is not yet made.
 */
export const TENTATIVE_CUES = cueList(`
  if, whether, unless, depends, depend on, hinges on, hinge on, hinged on, contingent on, conditional on, in talks, exploring, considering, weighing, hopes, hope, hoping, prefer, would prefer,
  estimate, estimates, estimated, estimating, forecast, forecasts, forecasted, guided, guidance, projected, unclear,
  open question, tries to, try to, put * at, cautioned, warned, warn that, warns that, worried, worry, fear, should, predicted,
  predicts, bet, bets, betting, wants, want to, seeks, seeking, pending, subject to, proposed, proposes, evaluating, evaluate,
  evaluates, assessing, studying, piloting, trialling, trialing, claims that, claimed that, claims to, claimed to,
  company claims, it claims, firm claims, claims up to, alleged, allegedly, reportedly, purportedly, self-reported,
  unverified, theoretically, in principle, in theory, argued, argues, argue, contended, contends, believes, believe, thinks,
  expect to, expects to, expected to, expect, expects, expected, which would, that would, this would, would have,
  预计, 預計, 预期, 預期, 如果, 若, 是否, 能否, 估计, 估計, 预估, 預估, 担心, 擔心, 取决于, 取決於, 有待, 仍需, 洽谈, 洽談,
  评估, 評估, 认为, 認為, 希望, 力争, 力爭, 估算,
  familiar with, people briefed, person briefed, people close to, person close to, according to people, according to sources,
  sources said, sources say, respondents reported, respondents said, 知情人士, 消息人士, 有意,
  costing out, costing up, pricing up, mulling, eyeing, scoping out, sounding out, shopping around, 考虑, 考慮, 探讨, 探討, 酝酿, 醞釀,
  on track for, on track to, on course for, on course to, on pace for, on pace to, heading for, headed for,
  reckons, reckoned, reckon, 人测算, 人測算, 师测算, 師測算, 机构测算, 機構測算, 方测算, 方測算, 粗估,
  said privately, say privately, says privately, privately said, privately say, privately told, told * privately, speaking privately,
  privately admit, privately admitted, privately acknowledge, privately acknowledged, privately concede, privately conceded,
  off the record, anonymity, not authorised to, not authorized to,
  is believed, are believed, is thought to, are thought to, is said to, are said to, rumoured, rumored, tipped to, touted,
  widely expected, in line to, contemplating, mooted, floated, stands to, letter of intent, memorandum of understanding,
  non-binding, tentative, tentatively, provisional, provisionally, preliminary agreement, draft rules, draft rule,
  anticipated, anticipates, anticipate, envisages, envisions, foresees, is understood to, are understood to, is seen as,
  are seen as, is * seen as, are * seen as, is regarded as, are regarded as, is * regarded as, are * regarded as, is viewed as,
  are viewed as, is * viewed as, are * viewed as, widely seen, widely regarded, widely viewed, widely believed, widely considered,
  looks set to, aspires, 预测, 預測, 预判, 預判, 估测, 估測, 研判, 力图, 力圖, 谋求, 謀求, 寻求, 尋求, 筹划, 籌劃,
  筹备, 籌備, 争取, 爭取, 力求,
  据悉, 據悉, 据报道, 據報道, 据称, 據稱, 传闻, 傳聞, 意向, 框架协议, 框架協議, 备忘录, 備忘錄, 打算, 设想, 設想, 不排除, 征求意见, 徵求意見,
  ${SURVEY_REPORTS}`);

/**
 * A comment period is a fact with a date ("征求意见将持续到2027年1月12日", "征求意见期为60天"): 征求意见 hedges a draft, not
 * the window in which it takes comments.
 */
export const COMMENT_PERIODS = cueList(
  `征求意见期, 征求意见将持续, 征求意见持续, 征求意见截止, 徵求意見期, 徵求意見將持續, 徵求意見持續, 徵求意見截止`,
);

/**
 * Generalities: what happens often or usually, not what happened here. In a source they hedge like a
 * tentative cue; a claim keeps the hedge with any of them (or "most", "many").
 */
export const GENERALITY_CUES = cueList(`
  often, sometimes, typically, usually, generally, commonly, rarely, seldom, frequently, tend to, tends to, most, many,
  通常, 往往, 一般, 多半, 很少, 常常`);

/** Purposes: what an action aims at is not what it will achieve. A claim saying it "will" happen drops the hedge. */
export const PURPOSE_CUES = cueList(`
  aiming to, aims to, aim to, in a bid to, seeking to, seeks to, intended to, designed to, meant to, in order to,
  旨在, 为了, 為了, 力争, 力爭`);

/** Permission modals: "may" in "AI tools may be used for transcription" grants, it does not guess. */
// "Will let staff sell" grants as "may sell" does.
export const PERMISSION_CUES = cueList(
  `can, cannot, may, allowed, permitted, able, unable, let, lets, allow, allows, 可以, 可, 允许, 允許, 不得`,
);

/**
 * Speculation cues that also read as permission or capability, met by a permission modal on the other side: "can ruin a
 * batch" keeps the possibility of "可能让整批报废".
 */
export const MODAL_CUES = cueList(`may, might, could, can, 可能`);

/**
 * Cues that govern the whole rest of their sentence: conditionals ("If it holds up, it would put Lumen-4 at
 * the top") and "no evidence that …".
 */
export const SENTENCE_SCOPE_CUES = cueList(`if, unless, no evidence, no sign, 如果, 若, 是否, 能否, 假如`);

/**
 * Cue words that are also nouns ("the forecast", "an analyst estimate", "capacity targets"): after a
 * determiner within three words they name a figure and hedge nothing.
 */
export const NOUN_READINGS = cueList(`estimate, forecast, guidance, question, bet, hope, fear, plan, projection, proposed, targets`);

/**
 * Guessing verbs that, after a determiner, are adjectives of a plain fact: "the suggested successor" is the
 * recommended one, "the implied rate" a computed one. They guess only as verbs ("suggests the cut will stick").
 */
export const ATTRIBUTIVE_READINGS = cueList(`suggested, implied, signalled, signaled, hinted`);

/** Determiners and possessives that mark a noun reading of the words above. */
export const DETERMINERS = cueList(`the, a, an, its, their, his, her, our, this, that, these, those, whose`);
