// The requests behind "mops: Advance brief to its next stage": the advance itself, decided by the core as the gate
// rules decide (`mops/advance`), and the approval a refused gate still needs (`mops/approve`). No import, like
// protocol-commands.ts, so either side can take the file as it is; `FileEdits` is written out here as it is there.

export interface AdvancePosition {
  line: number;
  character: number;
}

export interface AdvanceTextEdit {
  range: { start: AdvancePosition; end: AdvancePosition };
  newText: string;
}

/** One file's edits and the version of the buffer they were computed on (null: the disk's text), as in protocol-commands.ts. */
export interface AdvanceFileEdits {
  uri: string;
  version: number | null;
  edits: AdvanceTextEdit[];
}

/** The approval a gate lacks (the core's `ApprovalOffer`): who may give it, on which day, confirming what. */
export interface AdvanceApprovalOffer {
  /** The gate (a stage id). */
  gate: string;
  roles: string[];
  /** The Team members holding one of the roles, in Team order. */
  /** The holders not away and the delegates of those who are (`for`), then the away holders (`awayUntil`, YYYY-MM-DD). */
  approvers: Array<{ id: string; name?: string; for?: string; awayUntil?: string }>;
  /** The playbook's today, YYYY-MM-DD. */
  date: string;
  checklist: string[];
}

/** `mops/advance`: the first brief of a file one stage on, or why not. */
export const ADVANCE_REQUEST = 'mops/advance';

export interface AdvanceParams {
  uri: string;
}

/** The core's `AdvanceResult`, its edits as the file's (they change `stage` and add a `history` entry). */
export type AdvanceAnswer =
  | { ok: true; from: string; to: string; file: AdvanceFileEdits }
  | {
      ok: false;
      reasons: string[];
      /** Each blocker's message, and the 0-based line of the file it is about, when it is about one. */
      blockers: Array<{ message: string; line?: number }>;
      approval?: AdvanceApprovalOffer;
    };

/** Null for a file outside every playbook. */
export type AdvanceStageResult = {
  /** The brief's id, else the file's path in its playbook. */
  id: string;
  result: AdvanceAnswer;
} | null;

/** `mops/approve`: the edit recording the approval of an offer by one of its approvers, on the text held now. */
export const APPROVE_REQUEST = 'mops/approve';

export interface ApproveParams {
  uri: string;
  offer: AdvanceApprovalOffer;
  approver: string;
}

/** Null when the file holds no brief (or the params are not an offer and an approver). */
export type ApproveResult = { edits: AdvanceFileEdits } | { reason: string } | null;
