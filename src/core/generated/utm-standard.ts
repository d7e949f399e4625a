// Generated from schemas/utm-standard.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * The UTM standard every tracked link must follow: required parameters, allowed values, allowed source and medium pairs, landing domains and URL hygiene.
 */
export interface UtmStandard {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. UtmStandard for the UTM standard.
   */
  kind: 'UtmStandard';
  /**
   * The id of this UTM standard.
   */
  id: string;
  /**
   * What this UTM standard covers, for people reading the playbook.
   */
  description?: string;
  /**
   * The UTM parameters every tracked link must carry.
   *
   * Items: A UTM parameter name that every link must carry.
   */
  required?: string[];
  /**
   * Rules for each UTM parameter, by parameter name: a list of allowed values, or a naming convention target the value must fit.
   */
  params?: {
    /**
     * The rule for this UTM parameter.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^utm_[a-z0-9_]+$".
     */
    [k: string]: UtmParam | undefined;
  };
  /**
   * The allowed pairs of source and medium: for each utm_source value, the utm_medium values it may be used with.
   */
  source_medium?: {
    /**
     * The utm_medium values allowed with this source.
     *
     * Items: A utm_medium value allowed with this source.
     */
    [k: string]: string[] | undefined;
  };
  /**
   * The host names tracked links may point to. Links to other hosts are flagged.
   *
   * Items: An allowed landing host name.
   */
  domains?: string[];
  /**
   * Whether tracked links must use https.
   */
  require_https?: boolean;
  /**
   * Whether tracked links are checked for personal data such as e-mail addresses and phone numbers.
   */
  forbid_pii?: boolean;
  /**
   * The longest a tracked URL may be, in characters.
   */
  max_url_length?: number;
  /**
   * Whether UTM values must be lower case (lower) or may use any case (any).
   */
  case?: 'lower' | 'any';
}
/**
 * The rule for one UTM parameter: a dictionary of allowed values (with their synonyms), or a naming convention target its value must fit.
 */
export interface UtmParam {
  /**
   * Every value this parameter may take.
   *
   * Items: An allowed value of the parameter.
   */
  values?: string[];
  /**
   * Other spellings of allowed values, by the value they stand for: a link that uses one is reported with the allowed value as its fix.
   */
  synonyms?: {
    /**
     * The other spellings of this value.
     *
     * Items: A spelling that stands for this value.
     */
    [k: string]: string[] | undefined;
  };
  /**
   * A target of the naming convention whose template the value must fit.
   */
  naming?: string;
  /**
   * What this parameter records.
   */
  description?: string;
}
