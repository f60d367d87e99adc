/** Words that bound or round a figure ("up to 3%", "more than 75 MW", "约80亿", "40多家"), by direction. */
import { cueList } from './list.js';

/** How a figure is qualified: a ceiling, a floor, just below, roughly, or stated as exact. */
export type BoundDirection = 'upper' | 'lower' | 'below' | 'approximate' | 'exact';

/** English qualifiers written before a figure, lower case, by direction. */
export const ENGLISH_BOUNDS_BEFORE: Readonly<Record<BoundDirection, readonly string[]>> = {
  upper: cueList(
    `up to, as many as, as much as, at most, no more than, not more than, no higher than, not higher than, no greater than, not above, a maximum of, maximum of, capped at, as high as, south of, well south of`,
  ),
  lower: cueList(
    `more than, over, above, beyond, past, past the first, beyond the first, exceeding, has passed, have passed, surpassed, topped, at least, in excess of, upwards of, no fewer than, no less than, no lower than, not lower than, not below, a minimum of, minimum of, north of, well north of, well above, well over`,
  ),
  below: cueList(`nearly, almost, just under, just below, close to, less than, fewer than, below, shy of`),
  approximate: cueList(`about, around, roughly, approximately, some, circa, an estimated, estimated`),
  exact: cueList(`exactly, precisely`),
};

/** English qualifiers written after a figure ("75 MW or more"). */
export const ENGLISH_BOUNDS_AFTER: Readonly<Record<BoundDirection, readonly string[]>> = {
  upper: cueList(`or less, or fewer, at most, or below`),
  lower: cueList(`or more, and more, or above, and above, or higher, plus, at least`),
  below: [],
  approximate: cueList(`or so`),
  exact: [],
};

/** Chinese qualifiers before a figure. */
export const CHINESE_BOUNDS_BEFORE: Readonly<Record<BoundDirection, readonly string[]>> = {
  upper: cueList(`最多, 至多, 最高, 不超过, 不超過, 不高于, 不高於, 高达, 高達`),
  lower: cueList(`超过, 超過, 逾, 至少, 多于, 多於, 不低于, 不低於, 不少于, 不少於`),
  below: cueList(`近, 接近, 将近, 將近, 不到, 不足, 少于, 少於, 低于, 低於`),
  approximate: cueList(`约, 約, 大约, 大約, 大概, 估计, 估計`),
  exact: [],
};

/** Chinese qualifiers after a figure ("60%以上", "40多家", "一万余人"). */
export const CHINESE_BOUNDS_AFTER: Readonly<Record<BoundDirection, readonly string[]>> = {
  upper: cueList(`以下, 以内, 以內`),
  lower: cueList(`以上, 多, 余, 餘, 有余, 有餘`),
  below: [],
  approximate: cueList(`左右, 上下`),
  exact: [],
};

/**
 * Words a little before a figure, in its clause, that make it a ceiling or a floor without standing next to
 * it ("caps noise at 50 decibels", "a minimum term of 14 years", "the threshold … to 2,400").
 */
export const NEARBY_BOUNDS: Readonly<Record<'upper' | 'lower', readonly string[]>> = {
  upper: cueList(
    `cap, caps, capped, ceiling, maximum, limit, limits, limited, up to, can reach, could reach, may reach, at most, 上限, 最高`,
  ),
  lower: cueList(`minimum, floor, threshold, at least, more than, 下限, 门槛, 門檻, 最低`),
};
