// Generated from schemas/team.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * The marketing team roster: the people who own, request and approve campaigns and tools, and the roles they hold.
 */
export interface Team {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Team for the team roster.
   */
  kind: 'Team';
  /**
   * The id of this team.
   */
  id: string;
  /**
   * What this team does, for people reading the playbook.
   */
  description?: string;
  /**
   * The people on the team. Owners, requesters and approvers anywhere in the playbook must be listed here.
   *
   * Items: One person on the team, with their roles.
   */
  members: TeamMember[];
}
/**
 * A person on the marketing team and the roles they hold.
 */
export interface TeamMember {
  /**
   * The person's id, used wherever the playbook names an owner, requester or approver. Ids must be unique.
   */
  id: string;
  /**
   * The person's full name.
   */
  name: string;
  /**
   * The roles the person holds. Workflow gates name the roles allowed to approve them.
   *
   * Items: A role the person holds.
   */
  roles: string[];
  /**
   * The person's job title.
   */
  title?: string;
  /**
   * The person's work e-mail address.
   */
  email?: string;
  /**
   * Periods when the person is away, each naming a delegate who may approve in their place. Past periods stay as the record of who could approve when.
   *
   * Items: One period away and who acts for the person meanwhile.
   */
  away?: {
    /**
     * The first day away.
     */
    from: string;
    /**
     * The last day away (included).
     */
    to: string;
    /**
     * The Team member who acts for the person during the period: approves gates in their roles and takes their approvals queue.
     */
    delegate: string;
  }[];
}
