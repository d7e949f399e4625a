// Generated from schemas/sop.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * A standard operating procedure: the steps the team follows for a recurring task, with an owner and a review cadence.
 */
export interface Sop {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Sop for a standard operating procedure.
   */
  kind: 'Sop';
  /**
   * The SOP id.
   */
  id: string;
  /**
   * A short human-readable name for the procedure.
   */
  title: string;
  /**
   * The area of work the procedure belongs to; the SOP library groups procedures by area.
   */
  area: string;
  /**
   * The person who keeps the procedure up to date: a person id from the Team file.
   */
  owner: string;
  /**
   * One or two sentences on when to use this procedure.
   */
  summary?: string;
  /**
   * The day the procedure was last reviewed.
   */
  last_review?: string;
  /**
   * How often the procedure must be reviewed, in days.
   */
  review_every_days?: number;
  /**
   * The steps of the procedure, in order: each an instruction, or a mapping that also names who does it, a link and when it is done.
   *
   * @minItems 1
   *
   * Items: One step: an instruction, or a mapping with the instruction (do) and optionally its role, link and done_when.
   */
  steps: (
    | string
    | {
        /**
         * The step, written as an instruction.
         */
        do: string;
        /**
         * The role that does this step: a role that a member of the Team holds.
         */
        role?: string;
        /**
         * A web page the step needs (a template, a tool, a guide): an http or https URL.
         */
        link?: string;
        /**
         * What shows the step is done, so that whoever does it knows when to stop.
         */
        done_when?: string;
      }
  )[];
  /**
   * The martech tools the procedure uses, by tool id.
   *
   * Items: A tool id from the martech register.
   */
  tools?: string[];
}
