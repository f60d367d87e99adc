/** Tells whether a source figure supports a claimed one: the same value, unit and date, at the claim's precision. */
import type { Quantity } from '../language-tools.js';

/** Tells whether a source quantity supports a claimed one: same key, same date at the claim's precision, or a rounding. */
export function supports(source: Quantity, claimed: Quantity): boolean {
  if (source.key === claimed.key) return true;
  if (claimed.kind === 'date' || source.kind === 'date') return claimed.kind === source.kind && dateWithin(source, claimed);
  if (!sameDimension(source, claimed)) return false;
  const written = claimed.kind === 'number' ? writtenValue(source) : null;
  return roundsTo(source.value, claimed) || (written !== null && roundsTo(written, claimed));
}

// A claim may drop the unit a source gives ("9,400 workers" for "9400名员工") but never change it.
export function sameDimension(source: Quantity, claimed: Quantity): boolean {
  // A bare count may drop a measure's unit ("7.0 days instead of 9.1") and "percentage points" may be "points", but a
  // share is no count ("59%" is not "59 technicians") and money is none either ("$40" is not "40 tasks").
  if (claimed.kind === 'number') return source.kind === 'number' || source.kind === 'measure' || source.unit === 'pp';
  return source.kind === claimed.kind && source.unit === claimed.unit;
}

// The figure as the source writes it ("9.1" of "9.1 days", whose value is in hours): a bare count restates that.
function writtenValue(source: Quantity): number | null {
  if (source.kind !== 'measure') return null;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(source.surface);
  return digits && !/[a-z]illion|万|萬|亿|億/i.test(source.surface) ? Number(digits[0].replace(/,/g, '')) : null;
}

// "About six hours" is supported by "6.1 hours": the source value rounds to the claim at the claim's precision.
function roundsTo(sourceValue: number, claimed: Quantity): boolean {
  if (sourceValue === claimed.value) return true;
  const step = precisionStep(claimed);
  if (step === null) return false;
  return (
    Math.abs(sourceValue - claimed.value) <= step / 2 + 1e-9 &&
    Math.abs(sourceValue - claimed.value) / Math.max(Math.abs(claimed.value), 1e-9) <= 0.05
  );
}

function precisionStep(claimed: Quantity): number | null {
  const digits = claimed.surface.replace(/[^\d.]/g, '');
  if (!digits) return null;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const written = Number(digits);
  if (!Number.isFinite(written) || written === 0) return null;
  const scale = claimed.value / written;
  return Math.pow(10, -decimals) * scale;
}

// "In December" is supported by "on December 7"; "in 2027" by any date in 2027; a quarter by a date inside it.
function dateWithin(source: Quantity, claimed: Quantity): boolean {
  if (!source.date || !claimed.date) return false;
  if (claimed.quarter !== undefined || claimed.half !== undefined) {
    if (source.quarter === claimed.quarter && source.half === claimed.half && source.date.slice(0, 4) === claimed.date.slice(0, 4))
      return true;
    return source.quarter === undefined && source.half === undefined && inPeriod(source.date, claimed);
  }
  // "In 2027" rests on "in the second quarter of 2027"; a month claim does not rest on a quarter.
  if ((source.quarter !== undefined || source.half !== undefined) && claimed.precision !== 'year') return false;
  if (source.date.startsWith(claimed.date) && source.date.length >= claimed.date.length) return true;
  return yearlessMonth(source.date, claimed);
}

// "Began raising in March" names no year: the extractor picks one, which may not be the source's, so a
// month without a written year matches the same month a year either side.
function yearlessMonth(date: string, claimed: Quantity): boolean {
  if (claimed.precision !== 'month' || /\d{4}|年/.test(claimed.surface)) return false;
  const [year, month] = [Number(claimed.date!.slice(0, 4)), claimed.date!.slice(5, 7)];
  return date.slice(5, 7) === month && Math.abs(Number(date.slice(0, 4)) - year) <= 1;
}

function inPeriod(date: string, claimed: Quantity): boolean {
  const year = claimed.date!.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (!date.startsWith(year) || !month) return false;
  if (claimed.quarter !== undefined) return Math.ceil(month / 3) === claimed.quarter;
  return Math.ceil(month / 6) === claimed.half;
}
