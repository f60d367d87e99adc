/** The compiled cue lists, built once from the data modules in cues/. */
import {
  ATTRIBUTED_FORECAST_CUES,
  CAUSAL_FRAMING_CUES,
  CAUSE_CUES,
  FRAMING_CUES,
  FUTURE_CUES,
  NOT_FRAMING,
  SCHEDULE_CUES,
} from '../cues/frames.js';
import {
  ATTRIBUTIVE_READINGS,
  COMMENT_PERIODS,
  GENERALITY_CUES,
  NOUN_READINGS,
  PERMISSION_CUES,
  PURPOSE_CUES,
  SPECULATION_CUES,
  TENTATIVE_CUES,
} from '../cues/hedges.js';
import {
  CHINESE_NEGATORS,
  CHINESE_NOT_NEGATIONS,
  ENGLISH_NEGATION_PHRASES,
  ENGLISH_NEGATORS,
  ENGLISH_NOT_NEGATIONS,
} from '../cues/negators.js';
import { compileCues, type CompiledCues } from './cues.js';

/** Every cue list, by the class it marks. */
export const CUE_SETS: readonly CompiledCues[] = [
  compileCues('negation', [...ENGLISH_NEGATION_PHRASES, ...ENGLISH_NEGATORS, ...CHINESE_NEGATORS], {
    exclusions: CHINESE_NOT_NEGATIONS,
    englishExclusions: ENGLISH_NOT_NEGATIONS,
  }),
  compileCues('speculation', SPECULATION_CUES, { exclusions: ['可能性'], attributiveReadings: ATTRIBUTIVE_READINGS }),
  // 若干 ("several") is a count, not a condition.
  compileCues('tentative', TENTATIVE_CUES, { nounReadings: NOUN_READINGS, exclusions: ['若干', ...COMMENT_PERIODS] }),
  compileCues('generality', GENERALITY_CUES),
  compileCues('purpose', PURPOSE_CUES),
  compileCues('future', FUTURE_CUES, { exclusions: ['将军'] }),
  compileCues('schedule', SCHEDULE_CUES),
  compileCues('framing', FRAMING_CUES, { englishExclusions: NOT_FRAMING }),
  compileCues('causal', CAUSAL_FRAMING_CUES),
  compileCues('cause', CAUSE_CUES),
  compileCues('forecast', ATTRIBUTED_FORECAST_CUES, { nounReadings: NOUN_READINGS }),
  compileCues('permission', PERMISSION_CUES),
];
