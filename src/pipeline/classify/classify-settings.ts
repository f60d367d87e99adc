/** Thresholds of evidence-based labelling, kept apart from the algorithm with the reason for each value. */

/** Weight of a cue in the headline: the headline names the story's subject in a few words. */
export const TITLE_WEIGHT = 2;

/**
 * Weight of a cue in the lead (the standfirst, if the page has one, and the first paragraph of the body), which states
 * what the story is about.
 */
export const LEAD_WEIGHT = 2;

/** A weak cue counts this much of a strong one: "restrictions" hints at export controls, it does not name them. */
export const WEAK_WEIGHT = 0.35;

/** Sentences with weak cues counted per article: background repeated at length is still background. */
export const MAX_WEAK_SENTENCES = 4;

/** Cue weight at which an article fully supports a label: two clear mentions, or one in the headline. */
export const FULL_SUPPORT = 2;

/** Minimum story score per kind: the mean article support (0..1) over the story's articles. */
export const MIN_SCORE = { board: 0.3, tag: 0.5, region: 0.3, audience: 0.4 } as const;

/**
 * A second board must reach this share of the first board's density: a story has one main section, and a second
 * only when the text is nearly as much about it...
 */
export const SECONDARY_BOARD_RATIO = 0.6;

/** ...or when it reaches this share and the headlines or leads of at least LEAD_BOARD_SHARE of the articles name it outright. */
export const LED_BOARD_RATIO = 0.35;

/** Share of the articles whose headline or lead must name a second board that is less present than SECONDARY_BOARD_RATIO. */
export const LEAD_BOARD_SHARE = 0.5;

/**
 * A tag must reach this share of the strongest one's density: a story gets its main topics, not every
 * topic it touches (an outage story mentions GPUs without being about them).
 */
export const RELATIVE_TAG_DENSITY = 0.4;

/** A tag less present than RELATIVE_TAG_DENSITY still counts at this share when the headlines or leads of LEAD_TAG_SHARE of the articles name it. */
export const LED_TAG_RATIO = 0.25;

/** Share of the articles whose headline or lead must name such a tag. */
export const LEAD_TAG_SHARE = 0.3;

/**
 * A tag beside one of its companions (see TaxonomyEntry.companions) counts at this share of the strongest tag's
 * density: the training story states the skills gap it answers in a sentence or two, not at length.
 */
export const COMPANION_TAG_RATIO = 0.2;

/**
 * A tag that the headline or lead of every article names, or that every article carries fully (support 1: two clear
 * mentions, or one in the headline or lead), in a story told by at least this many articles, is kept whatever its
 * density: outlets that each open on it, or each develop it, agree that it is part of the story, however much more
 * they say about its main topic (a water cap in a data-centre story, export rules in a China chip story).
 */
export const AGREED_ARTICLES = 2;

/** The leading region must outscore the next by this factor, else the story is not placed in one region. */
export const REGION_MARGIN = 1.1;

/**
 * A sentence naming places in this many regions lists a reach ("surveyed in the US, Germany, India and Brazil"): it is
 * evidence for Global, and each region it names gets only its share of the sentence.
 */
export const SPREAD_REGIONS = 3;

/**
 * An audience the story's topics do not bring needs one article that carries its cues fully (support 1: about two
 * strong sentences, or one in a headline or lead): a paragraph on the audience's concern, not a word in passing.
 */
export const AUDIENCE_PEAK = 1;

/** At most this many labels per kind. */
export const MAX_LABELS = { board: 2, tag: 4, region: 1, audience: 4 } as const;

/** Evidence sentences kept per label by default. */
export const DEFAULT_MAX_EVIDENCE = 3;
