/** Tells the month May from the modal "may". */

/** True when the "May" at `start` is the month: capitalised inside a sentence ("began in May"), or before a day or year. */
export function isMonthMay(text: string, start: number): boolean {
  return text.startsWith('May', start) && (start > 0 || /^May\s+\d/.test(text.slice(start)));
}
