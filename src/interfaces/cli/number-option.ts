/** Parses a numeric option, so that "--threshold abc" stops with a usage error rather than running on NaN. */
import { InvalidArgumentError } from 'commander';

interface Bounds {
  /** Smallest value allowed (inclusive). */
  min: number;
  /** Largest value allowed (inclusive); no bound when absent. */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Zero and below excluded, for counts of days or minutes. */
  positive?: boolean;
}

function describe(bounds: Bounds): string {
  const kind = bounds.integer ? 'a whole number' : 'a number';
  if (bounds.positive) return `${kind} above 0${bounds.max !== undefined ? ` and at most ${bounds.max}` : ''}`;
  return bounds.max !== undefined ? `${kind} from ${bounds.min} to ${bounds.max}` : `${kind} of at least ${bounds.min}`;
}

/** Returns a commander argument parser that accepts only numbers within `bounds`. */
export function numberIn(bounds: Bounds): (value: string) => number {
  return (value) => {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    const fits =
      Number.isFinite(number) &&
      number >= bounds.min &&
      (bounds.max === undefined || number <= bounds.max) &&
      (!bounds.integer || Number.isInteger(number)) &&
      (!bounds.positive || number > 0);
    if (!fits) throw new InvalidArgumentError(`expected ${describe(bounds)}.`);
    return number;
  };
}
