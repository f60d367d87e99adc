/** Time helpers: relative ages for people, ISO strings for machines. */

/** Says how long ago an instant was, in the short form readers expect ("19m ago", "3h ago"). */
export function formatAge(iso: string | null, now: Date): string {
  if (!iso) return 'undated';
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours}h ago`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days}d ago`;
  return `${Math.round(days / 30)}mo ago`;
}

/** Returns a Date's UTC ISO string without milliseconds. */
export function toIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
