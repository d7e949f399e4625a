// Generated from schemas/config.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * How a rule reports its findings: off (not checked), info, warning or error. Only errors fail a CI check by default.
 */
export type RuleSeverity = 'off' | 'info' | 'warning' | 'error';

/**
 * Playbook settings, kept in mops.config.yaml at the root of the playbook repo: which files to check, how severe each rule is, the date to treat as today, and report settings.
 */
export interface Config {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Config for the playbook settings file (mops.config.yaml).
   */
  kind: 'Config';
  /**
   * A fixed date to treat as today for date rules (overdue SLAs, reviews, renewals) and reports, so that results are reproducible. Leave it out to use the real date.
   */
  today?: string;
  /**
   * Glob patterns of the files to check, relative to the playbook root.
   *
   * Items: A glob pattern of files to check.
   */
  include?: string[];
  /**
   * Glob patterns of files to skip, even when they match an include pattern.
   *
   * Items: A glob pattern of files to skip.
   */
  exclude?: string[];
  /**
   * How severe each rule is. The key is a rule id such as utm/case, or a prefix such as utm/* for a whole group; the value is off, info, warning or error.
   */
  rules?: {
    /**
     * The severity for this rule or group of rules: off, info, warning or error.
     */
    [k: string]: RuleSeverity | undefined;
  };
  /**
   * Thresholds for the martech register checks: seat utilisation and contract renewal warnings.
   */
  martech?: MartechSettings;
  /**
   * Safety limits for reading files, such as the largest file mops will parse.
   */
  limits?: LimitSettings;
  /**
   * Settings for generated reports: where they are written and how far ahead they look.
   */
  reports?: ReportSettings;
  /**
   * The campaign calendar's rules: blackout periods when campaigns must not run or launch, and the clash limits (launches per channel in a window, one audience segment targeted by overlapping campaigns). Without it, mops checks no blackout and no clash.
   */
  calendar?: CalendarSettings;
}
/**
 * Thresholds for the martech register checks: seat utilisation and contract renewal warnings.
 */
export interface MartechSettings {
  /**
   * Flag a tool when its active seats divided by its licensed seats fall below this share, from 0 to 1.
   */
  low_utilization_below?: number;
  /**
   * Warn this many days before a contract's notice deadline (its renewal date minus its notice days).
   */
  renewal_warning_days?: number;
}
/**
 * Safety limits for reading files, such as the largest file mops will parse.
 */
export interface LimitSettings {
  /**
   * Files larger than this many bytes are not parsed; each one is reported instead. At most 8 MiB: a playbook cannot make mops parse more.
   */
  max_file_bytes?: number;
}
/**
 * Settings for generated reports.
 */
export interface ReportSettings {
  /**
   * The folder, relative to the playbook root, where generated reports are written.
   */
  out_dir?: string;
  /**
   * How many days ahead the pipeline report looks for upcoming launches.
   */
  launch_window_days?: number;
  /**
   * How many days ahead the martech report lists upcoming contract renewals.
   */
  renewal_window_days?: number;
}
/**
 * Blackout periods and clash limits for the campaign calendar.
 */
export interface CalendarSettings {
  /**
   * Periods when campaigns must not run (or, with applies_to: launch, must not launch): a holiday freeze, a quiet period, a platform migration.
   *
   * Items: One blackout period: its first and last day, why, and optionally the regions and channels it applies to.
   */
  blackouts?: Blackout[];
  /**
   * When two campaigns clash: too many launches on one channel in a window, or one audience segment targeted by campaigns live at the same time.
   */
  clashes?: ClashLimits;
}
/**
 * One blackout period.
 */
export interface Blackout {
  /**
   * The first day of the blackout, YYYY-MM-DD.
   */
  from: string;
  /**
   * The last day of the blackout, YYYY-MM-DD (included).
   */
  to: string;
  /**
   * Why campaigns must not run then; the finding and the calendar show it.
   */
  reason: string;
  /**
   * The regions the blackout applies to (the region token of the brief id, as the naming convention reads it); every region when left out. A brief of region global is in every region.
   *
   * Items: A region code, such as emea.
   */
  regions?: string[];
  /**
   * The channels the blackout applies to; every channel when left out.
   *
   * Items: A channel code, such as email.
   */
  channels?: string[];
  /**
   * live (the default): no campaign may run during the blackout; launch: none may launch during it, but campaigns already running may continue.
   */
  applies_to?: 'live' | 'launch';
}
/**
 * The limits past which campaigns clash.
 */
export interface ClashLimits {
  /**
   * The most launches one channel may take within window_days days; more is a clash. Not checked when left out.
   */
  max_launches_per_channel?: number;
  /**
   * How many consecutive days the launch limit counts over (7: a week).
   */
  window_days?: number;
  /**
   * A limit per channel, overriding max_launches_per_channel for that channel.
   */
  per_channel?: {
    /**
     * The most launches this channel may take within window_days days.
     */
    [k: string]: number | undefined;
  };
  /**
   * Whether two campaigns to the same audience segment (audience.segment) live at the same time clash. Default true.
   */
  same_segment?: boolean;
}
