/**
 * Cue words that route English sentences into the brief's sections. Data only: the router in
 * route.ts weighs them. Each pattern is matched case-insensitively against the sentence.
 */

/** Something happened: the event verbs of a news lead ("What changed"). */
export const EVENT_CUES: readonly RegExp[] = [
  /\b(unveil|launch|announc|releas|introduc|publish|restor|suffer|acquir|agree|sign|rais|cut|approv|fin|file|open|clos|began|start|complet|report|ship|deploy|adopt|award|select|sold|sell|bought|buy|expand|debut|roll)\w*\b/i,
  /\b(said on|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
];

/**
 * A window for the reader to act ("What to do next"): a deadline, an opening, an option readers can take. Advice and
 * obligations are read in reader-action.ts, where a modal needs a class of readers as its subject.
 */
export const ACTION_WINDOWS: RegExp =
  /\b(deadline|comments? (are )?due|(taking|accepting) (public )?comments|comment period|(apply|register|submit\w*|sign up|decide|migrate) by (the end of |mid-)?(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|\d+)|((can|may)( only)? be \w+ |have |has |given |gave (\w+ ){1,3})(until|no later than) (January|February|March|April|May|June|July|August|September|October|November|December) \d+|registration opens|applications? (open|close)|before the deadline|practical note|anyone (planning|running|using|building)|(customers|users|developers|operators|buyers) can (switch|opt|move|migrate|apply|register|sign up|request|lock)|for (operators|customers|developers|buyers|users|teams|employers|investors), (that|this|it) means)\b/i;

/** Concrete steps that strengthen an action cue: patching, rotating, budgeting, checking. */
export const ACTION_STEPS: RegExp =
  /\b(patch\w*|updat\w*|upgrad\w*|rotat\w*|revok\w*|migrat\w*|audit\w*|review\w*|prepar\w*|budget\w*|plan\w*|check\w*|apply|register|submit|test\w*|inventor\w*|disabl\w*|enabl\w*)\b/i;

/** Who the action is for: a sentence naming readers like these is advice, not news about one firm. */
export const READER_NOUNS: RegExp =
  /\b(customers?|operators?|buyers?|developers?|users?|teams?|engineers?|employers?|employees|workers?|staff|organi[sz]ations?|businesses|firms|companies|enterprises|manufacturers|exporters|anyone|readers?|providers|administrators?|admins?|applicants?|students?|projects|data cent(re|er)s?)\b/i;

/** Forward-looking consequences ("Implications"). */
export const IMPLICATION_CUES: readonly RegExp[] = [
  /\b(will|would|could|may|might|likely|expected to|set to|on track to|poised to|plans? to|if)\b/i,
  /\b(means?|implies|raises? (questions|the prospect)|paves? the way|signals?|suggests?)\b/i,
  /\banalysts?\b/i,
];

/** Sentences that are not content: bylines, credits, calls to subscribe. */
export const BOILERPLATE: readonly RegExp[] = [
  /\((reporting|writing|editing) by\b/i,
  /^(reporting|writing|editing|additional reporting) by\b/i,
  /\b(subscribe|newsletter|sign up for|follow us|all rights reserved|click here)\b/i,
];

/** Openers that lean on an earlier sentence: standing alone, such a sentence reads as a fragment. */
export const DANGLING_OPENERS: RegExp =
  /^(it|this|that|these|those|he|she|they|his|her|their|its|such|there|here|both|neither|also|and|but|or|so|yet|still|then|meanwhile|however|instead|even so|the same|that is|others?|another)\b/i;

// The nouns a reference to a named organisation takes, and what may not follow them to keep it a reference: "The
// operator of the Texas grid" or "The utility that powers…" say who they are.
const REFERENCE_NOUN =
  '(company|firm|group|start-?up|lab|utility|operator|maker|bank|insurer|developer|provider|chipmaker|foundry|university|regulator|agency)';
const NOT_DESCRIBED = '(?=\\s)(?!\\s+(?:of|that|which|who|whose|behind|in|at|for|with)\\b)';

/** A definite reference standing for a name said just before ("The company said…", "The firm's review…"). */
export const DEFINITE_REFERENCE: RegExp = new RegExp(`^the ${REFERENCE_NOUN}('s)?${NOT_DESCRIBED}`, 'i');

/**
 * An epithet standing for a name the reader is meant to know already: "The Midwest operator says…", "The South Korean
 * memory maker broke ground…", "The San Francisco lab's new model…". Under a headline that names the company it reads
 * well; as the headline or the lead that states the news it names no one. "The European Central Bank" is a name (its
 * noun is capitalised), and "The operator of the Texas grid" says who it is.
 */
export const EPITHET_REFERENCE: RegExp = new RegExp(
  `^The (?:[A-Z][\\w.'’-]*\\s+){1,3}(?:[a-z][\\w-]*\\s+)?${REFERENCE_NOUN}(?:['’]s)?${NOT_DESCRIBED}`,
);

/** "It said…", "Its review…": "it" standing for a company (not "It is unclear…"). */
export const PRONOUN_IT: RegExp =
  /^(it(?=\s+(said|says|added|expects|expected|plans|planned|reported|announced|declined|did not|does not|also|will|has|had|raised|warned|warns|told)\b)|its(?=\s+\w))/i;

/** "He said…", "She added…": a person named in the sentence before. */
export const PRONOUN_PERSON: RegExp = /^(he|she)(?=\s+\w+)/i;

/** Role words near a person's name ("chief executive Rafael Okafor", "said Jenna Cole, an analyst"). */
export const PERSON_ROLES: RegExp =
  /\b(said|says|told|added|chief|executive|ceo|founder|co-founder|director|analyst|president|chair|chairman|chairwoman|partner|researcher|spokes(man|woman|person)|minister|professor|economist|manager|officer|head)\b/i;

/** Last words that make a capitalised run an organisation, not a person. */
export const ORGANISATION_WORDS: RegExp =
  /\b(Inc|Corp|Ltd|Data|Cloud|Labs?|Power|Compute|Capital|Ventures|Energy|Systems|Technology|Technologies|Memory|Optics|Insurance|Consulting|University|Institute|Commission|Office|Department|Ministry|Bank|Group|Partners|Storage|Solar|Fission|Turbines|Models|AI|Council|Association|Forum|Foundation|Semiconductor|Foundry|Research|Markets|Evals|Security)\b/;

/** Verbs that attribute a quotation to a speaker. */
export const ATTRIBUTION_VERBS: RegExp = /\b(said|says|told|added|wrote|noted|warned|argued|explained|according to|stated|insisted)\b/i;

/** Leading discourse markers compression may drop: they join to a previous sentence and add no claim. */
export const DROPPABLE_OPENERS: RegExp =
  /^(but|and|so|still|meanwhile|in addition|additionally|moreover|however|indeed|by contrast|at the same time),?\s+/i;

/** Words whose loss would flip or hedge a claim: compression never drops text containing them. */
export const MEANING_WORDS: RegExp =
  /\b(not|no|never|none|nor|without|neither|cannot|can't|won't|didn't|doesn't|isn't|aren't|wasn't|weren't|unless|except|only|may|might|could|would|if|reportedly|allegedly|estimated|about|roughly|nearly|almost|up to|at least|more than|less than)\b/i;

/** A speaker named only by its kind ("…, the company said"): fine inside a story, no attribution on its own. */
export const UNNAMED_SPEAKER: RegExp =
  /\b(the|this|that) (company|firm|group|operator|utility|lab|bank|insurer|start-?up|developer|provider)\s+(said|says|added|noted|told|stated|wrote)\b|根据公司|根據公司|公司表示|该公司|該公司/i;

/** A pronoun as the speaker ("she wrote"): the quote would not say who is talking. */
export const PRONOUN_SPEAKER: RegExp = /\b(he|she|they|it)\s+(said|says|wrote|added|told|noted|warned)\b/i;

/**
 * Negations and conditions: a sentence cited beside another must carry the same ones, or the pair
 * says different things ("expects power in 2030" vs "not expected before 2030").
 */
export const NEGATION_WORDS: RegExp =
  /\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|can't|won't|didn't|doesn't|don't|isn't|aren't|wasn't|weren't|hasn't|haven't|unless|except|if|whether|unaffected|unchanged|undisclosed|unconfirmed|unresolved|unannounced|unspecified|unapproved|unverified|unfunded)\b/gi;

/** Hedges: a corroborating sentence must not hedge what the cited one states (or the reverse). */
export const HEDGE_WORDS: RegExp =
  /\b(may|might|could|would|should|likely|unlikely|expects?|expected|estimates?|estimated|plans?|planned|pending|proposed|subject to)\b/gi;

/** Chinese hedges and conditions (substrings; 若干 is "several"). Negators are read as the verifier reads them. */
export const QUALIFIERS_ZH: RegExp = /可能|或将|或將|预计|預計|如果|若(?!干)|是否|计划|計劃|有望/g;
