/**
 * Whether a sentence says why the news matters ("Why it matters"): a consequence, a stake, or what follows from it,
 * not the event's own details. Cue words of money or size ("cost", "largest") are in most sentences of a story and
 * say nothing of the kind; these are the wordings that do, in two tiers by how surely they do (measured against the
 * demo's gold consequences, test/eval/briefs/impact-gold). The row takes the first tier's most salient sentence, else
 * the second's, else stays empty.
 */

/** Wordings that nearly always state a consequence: a dependency, a signal, a limit, a reaction, what it means for someone. */
const SURE_EN: readonly RegExp[] = [
  /\b(depend(s|ing)? on|hinges? on|hinging on|relies on|rely on|reliant on)\b/i,
  /\b(sign|signal|warning|reminder)s? (that|for|of)\b|\b(template|benchmark|test case)s? for\b|\bclearest sign\b/i,
  /\b(cannot|can't|won't|will not) (be delivered|reach|ship|get|afford|compete|match)\b|\bout of reach\b|\bscarce\b|\bshortage\b|\bbottleneck\b|\bsold out\b/i,
  // Others reacting ("startups are running cost tests"), not the news going on ("early lots were running on the line").
  /\b(customers|buyers|developers|startups|start-ups|founders|engineers|operators|investors|analysts|companies|firms|lenders|banks|utilities|tenants|teams|officers|executives|users|rivals|competitors|providers|clouds)\b[^.;]{0,60}\b(are|were|have|has) (already |now |begun |started )?(asking|reviewing|moving|running|factoring|rethinking|reserving|ordering|seeking|shifting|delaying|scrambling)\b|\bordered reviews?\b/i,
  /\b(good|bad) news for\b|\bmatters? (for|to)\b|\bsticking point\b|\bconsequential\b/i,
];

/** Wordings that often state one: an effect verb after a modal, what something leaves or ties, "which means". */
const LIKELY_EN: readonly RegExp[] = [
  /\b(could|would|will|should|may) (also )?(become|mean|push|raise|lower|force|leave|make|hurt|help|slow|delay|let|cut|shrink|lose|lean on|weigh|squeeze|strain|change|affect|reshape|widen|narrow|work its way)\b/i,
  /\b(leav(es|ing)|rules? out|ties|tied to|push(es)? up|drive[sn]? up|cuts? into|weighs? on|hardest|squeez\w+|strain\w*|at risk)\b/i,
  /\b(which|that) (means|meant|leaves|left|puts|rules out|lets|would let|makes|would make|gives|forces|keeps)\b|\bmeaning\b/i,
  // What it opens or changes for others: a new option, a doubling, a thing turned into another, no effect at all.
  /\bgiv(es|ing) (\w+ ){1,4}(a|an) (way|option|chance|choice|path)\b|\blets (customers|buyers|developers|users|operators|companies|banks)\b/i,
  /\b(turns?|turning) [\w\s-]{1,40} into\b|\bfrees? (up )?(capital|cash|capacity)\b|\b(doubles|halves|triples)\b|\bmakes [\w\s-]{1,30} (more|less) (valuable|expensive|attractive|costly)\b/i,
  /\b(were|was|are|is) not affected\b|\bdid not cut\b|\bdoes not change\b/i,
];

const SURE_ZH =
  /意味着|意味著|难以|難以|不容易|担心|擔心|冲击|衝擊|拖累|推高|拉高|制约|制約|瓶颈|瓶頸|考验|考驗|更难|更難|不容忽视|不容忽視|使得|从而|從而/;
const LIKELY_ZH = /影响|影響|导致|導致|压力|壓力|关键|關鍵|风险|風險|挑战|挑戰|门槛|門檻|受益|利好|有望|将使|將使|因此/;

/** Returns 1 when a sentence surely states a consequence, 2 when it likely does, 0 when it gives no sign of one. */
export function consequenceTier(text: string, language: string): 0 | 1 | 2 {
  if (language.startsWith('zh')) return SURE_ZH.test(text) ? 1 : LIKELY_ZH.test(text) ? 2 : 0;
  if (SURE_EN.some((pattern) => pattern.test(text))) return 1;
  return LIKELY_EN.some((pattern) => pattern.test(text)) ? 2 : 0;
}
