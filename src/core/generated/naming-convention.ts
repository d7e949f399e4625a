// Generated from schemas/naming-convention.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * The naming convention: for each kind of name (campaign, asset, tool, ...) a token template, and the dictionary or format of each token.
 */
export interface NamingConvention {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. NamingConvention for the naming convention.
   */
  kind: 'NamingConvention';
  /**
   * The id of this naming convention.
   */
  id: string;
  /**
   * What this naming convention covers, for people reading the playbook.
   */
  description?: string;
  /**
   * The kinds of names this convention governs, each with its template. Use campaign for brief ids, asset for link contents and tool for tool ids.
   */
  targets: {
    /**
     * The template and length limit for this kind of name.
     */
    [k: string]: NamingTarget | undefined;
  };
  /**
   * The tokens used in the templates, by name. Each token has a dictionary of allowed values or a built-in format.
   */
  tokens: {
    /**
     * The allowed values or format of this token.
     */
    [k: string]: NamingToken | undefined;
  };
}
/**
 * A kind of name and the template every name of that kind must fit.
 */
export interface NamingTarget {
  /**
   * The token template: token names in braces, with the literal text between them. A name fits when each token matches its dictionary or format and the literal text matches exactly.
   */
  pattern: string;
  /**
   * The longest a name of this kind may be, in characters.
   */
  max_length?: number;
  /**
   * What this kind of name is used for.
   */
  description?: string;
}
/**
 * A token of the naming templates: either a dictionary of allowed values or a built-in format, with optional length limits.
 */
export interface NamingToken {
  /**
   * The dictionary: every value this token may take.
   *
   * Items: An allowed value of the token.
   */
  values?: string[];
  /**
   * A built-in format for the token when there is no dictionary: year, quarter, slug, number or date.
   */
  format?: 'year' | 'quarter' | 'slug' | 'number' | 'date';
  /**
   * The longest the token's value may be, in characters.
   */
  max_length?: number;
  /**
   * The shortest the token's value may be, in characters.
   */
  min_length?: number;
  /**
   * What this token stands for.
   */
  description?: string;
}
