// Query parameters that identify one ad click, one e-mail recipient or one browser: never part of a tracked link.
//
// A platform adds these when someone clicks (Google's gclid, Meta's fbclid…); a link copied from the
// address bar carries them, and every visitor of that link then shares one click, one recipient or one
// visitor id. Sources, by parameter:
// - Brave's query-string filter, `kSimpleQueryStringTrackers` in brave-core
//   components/query_filter/utils.cc (parameters "specific to a user, an email address or an individual
//   click"): __hsfp, __hssc, __hstc, _gl, _hsenc, _kx, bsft_clkid, dclid, fbclid, gbraid, gclid,
//   hsCtaTracking, irclickid, mc_eid, ml_subscriber, ml_subscriber_hash, msclkid, oly_anon_id, oly_enc_id,
//   rb_clickid, srsltid, ss_email_id, twclid, vero_id, wbraid, wickedid, yclid, ymclid, ysclid.
// - The platforms' own documentation: ttclid (TikTok Events API, "TikTok click ID"), li_fat_id (LinkedIn
//   Conversions API, "first-party ad tracking ID"), ScCid (Snapchat Conversions API, "click ID"),
//   epik (Pinterest Conversions API, "click ID").
// Campaign-level parameters some of those lists also strip (mc_cid, s_cid, mtm_cid, pk_cid) name a
// campaign, not a click, and are left alone.

export type Identifies = 'click' | 'recipient' | 'visitor';

const CLICK_IDS: ReadonlyArray<readonly [string, string, Identifies]> = [
  ['gclid', 'Google Ads', 'click'],
  ['gbraid', 'Google Ads', 'click'],
  ['wbraid', 'Google Ads', 'click'],
  ['dclid', 'Google Campaign Manager', 'click'],
  ['srsltid', 'Google Merchant Center', 'click'],
  ['_gl', 'Google Analytics', 'visitor'],
  ['fbclid', 'Meta', 'click'],
  ['msclkid', 'Microsoft Advertising', 'click'],
  ['ttclid', 'TikTok', 'click'],
  ['li_fat_id', 'LinkedIn', 'click'],
  ['twclid', 'X (Twitter)', 'click'],
  ['sccid', 'Snapchat', 'click'],
  ['epik', 'Pinterest', 'click'],
  ['yclid', 'Yandex', 'click'],
  ['ymclid', 'Yandex', 'click'],
  ['ysclid', 'Yandex', 'click'],
  ['mc_eid', 'Mailchimp', 'recipient'],
  ['_hsenc', 'HubSpot', 'recipient'],
  ['__hsfp', 'HubSpot', 'visitor'],
  ['__hssc', 'HubSpot', 'visitor'],
  ['__hstc', 'HubSpot', 'visitor'],
  ['hsctatracking', 'HubSpot', 'click'],
  ['_kx', 'Klaviyo', 'recipient'],
  ['ml_subscriber', 'MailerLite', 'recipient'],
  ['ml_subscriber_hash', 'MailerLite', 'recipient'],
  ['ss_email_id', 'Squarespace', 'recipient'],
  ['vero_id', 'Vero', 'recipient'],
  ['bsft_clkid', 'Blueshift', 'click'],
  ['oly_anon_id', 'Omeda', 'visitor'],
  ['oly_enc_id', 'Omeda', 'recipient'],
  ['irclickid', 'Impact', 'click'],
  ['rb_clickid', 'Rakuten Advertising', 'click'],
  ['wickedid', 'Wicked Reports', 'click'],
];

const BY_NAME = new Map(CLICK_IDS.map(([name, platform, identifies]) => [name, { platform, identifies }]));

/** The platform whose click (or recipient, or visitor) identifier this parameter name is, if it is one. */
export function clickId(name: string): { platform: string; identifies: Identifies } | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** Every click identifier mops knows, for the documentation. */
export const CLICK_ID_NAMES: readonly string[] = CLICK_IDS.map(([name]) => name);
