/** Tells an order of events ("Dubai follows in June 2027") from a framing ("the move follows a slump in demand"). */

/** True when a "follows" cue at [start, end) orders events in time rather than giving a reason or context. */
export function ordersInTime(text: string, start: number, end: number): boolean {
  if (!/^follow/i.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 30);
  return (
    /^\s+(?:in|on|by)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\s+\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|early|late|mid)\b)/i.test(
      after,
    ) ||
    /^\s+(?:suit|later|soon|shortly)\b/i.test(after) ||
    /^\s*(?:[,.;]|$)/.test(after)
  );
}
