/** Words that mark a figure as a target, estimate or forecast rather than an outcome ("超出60亿元的原定目标"). */
import { cueList } from './list.js';

/** Target and estimate words, English (whole words) and Chinese (substrings). */
export const TARGET_WORDS = cueList(`
  target, targets, targeted, goal, goals, estimate, estimates, estimated, forecast, forecasts, expected, expectations,
  expectation, consensus, guidance, guided, projected, budgeted, pencilled, penciled, anticipated, predicted, projection,
  projections,
  aims, aiming, hopes, hoping, aspiration,
  目标, 目標, 预期, 預期, 估计, 估計, 原定, 预测, 預測, 希望, 力争, 力爭, 争取, 爭取, 计划提, 計劃提`);
