/** Recognises tracking pixels: tiny images and images served by known analytics and advertising hosts. */

/** Hosts (and their subdomains) whose images exist only to count readers. */
export const TRACKER_HOSTS = [
  'doubleclick.net',
  'google-analytics.com',
  'googletagmanager.com',
  'googlesyndication.com',
  'googleadservices.com',
  'scorecardresearch.com',
  'quantserve.com',
  'quantcount.com',
  'chartbeat.net',
  'chartbeat.com',
  'pixel.wp.com',
  'stats.wp.com',
  'pixel.parsely.com',
  'analytics.twitter.com',
  't.co',
  'bat.bing.com',
  'ct.pinterest.com',
  'px.ads.linkedin.com',
  'mc.yandex.ru',
  'top-fwz1.mail.ru',
  'counter.yadro.ru',
  'pixel.facebook.com',
  'www.facebook.com/tr',
  'feeds.feedburner.com/~r',
  'feedsportal.com',
  'pi.pardot.com',
  'track.hubspot.com',
  'list-manage.com',
  'mailchimp.com',
  'sendgrid.net',
  'ad.doubleclick.net',
  'amazon-adsystem.com',
  'adnxs.com',
  'criteo.com',
  'taboola.com',
  'outbrain.com',
  'hotjar.com',
  'newrelic.com',
  'nr-data.net',
  'segment.io',
  'segment.com',
  'mixpanel.com',
  'piwik.pro',
  'matomo.cloud',
  'statcounter.com',
  'vgwort.de',
  'ioam.de',
  'met.vgwort.de',
];

// File names that analytics tools give their counting images.
const PIXEL_PATH =
  /(?:^|\/)(?:pixel|beacon|1x1|spacer|blank|tracking|track|open|count|counter)(?:[._-][\w-]*)?\.(?:gif|png|jpe?g|php|aspx?)$|\/(?:pixel|beacon|tr|collect|impression)(?:\/|$)/i;

function tiny(value: string | undefined): boolean {
  if (value === undefined) return false;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) && number <= 2;
}

function hostMatches(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const hostPath = `${host}${url.pathname}`;
  return TRACKER_HOSTS.some((entry) => (entry.includes('/') ? hostPath.startsWith(entry) : host === entry || host.endsWith(`.${entry}`)));
}

/** Returns true when an image is a tracking pixel (1×1 or so, a tracker host, or a counting path). */
export function isTrackingPixel(attributes: Record<string, string | undefined>, baseUrl?: string): boolean {
  if (tiny(attributes.width) && tiny(attributes.height)) return true;
  if (tiny(attributes.width) || tiny(attributes.height)) return true;
  const src = attributes.src;
  if (!src) return false;
  let url: URL;
  try {
    url = new URL(src, baseUrl ?? 'http://relative.invalid/');
  } catch {
    return false;
  }
  return hostMatches(url) || PIXEL_PATH.test(url.pathname);
}
