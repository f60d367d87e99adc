/** Whether admin is on, how a visitor proves to be the admin, and the sentence saying how to turn it on. */
import type { SiteSettings } from '../web-context.js';
import { safeEqual } from '../security/secrets.js';

/** One line for the console and the /admin page when no admin secret is configured. */
export const ADMIN_OFF_HINT =
  'Admin (/admin) is off: set adminPassword or adminToken in groundwire.config.json, or GROUNDWIRE_ADMIN_PASSWORD in the environment, then restart.';

/** Tells whether an admin password or token is configured. */
export function adminEnabled(site: Partial<SiteSettings> | undefined): boolean {
  return Boolean(site?.adminPassword || site?.adminToken);
}

/** Tells whether `given` equals the configured password or token (compared in constant time). */
export function isAdminSecret(site: Partial<SiteSettings> | undefined, given: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  // Both are compared even when the first matches, so timing does not tell which one is set.
  const password = site?.adminPassword ? safeEqual(site.adminPassword, given) : false;
  const token = site?.adminToken ? safeEqual(site.adminToken, given) : false;
  return password || token;
}
