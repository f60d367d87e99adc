/** Query parameters that only track clicks; removing them never changes which page is served. */

/** Exact parameter names (lowercase). */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid', // Facebook click id
  'gclid', // Google Ads click id
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'igshid', // Instagram share
  'mc_cid', // Mailchimp campaign
  'mc_eid',
  '_hsenc', // HubSpot
  '_hsmi',
  'mkt_tok', // Marketo
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'ref_src', // Twitter embeds
  'ref_url',
  'spm', // Alibaba / Taobao share tracking
  'share_token',
  'from_source',
  'cmpid',
  'ncid',
  'sr_share',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

/** Parameter name prefixes: any name starting with one of these is tracking. */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'];
