// The share of campaigns that reached their targets per tier and per channel (the health report's), from domain/results.

import { campaignResults, targetsReachedShare } from '../../domain/results';
import { strings } from '../../model/readers';
import type { BriefFacts } from '../facts';

/** Targets reached in a group of campaigns: attained of measured (see RESULT_FIGURES.targetsReached). */
export interface TargetsGroup {
  attained: number;
  measured: number;
  /** attained ÷ measured in %; null when no campaign of the group is measured. */
  targetsReached: number | null;
}

export interface TargetsData {
  /** Per tier in ascending order, then all tiers together (tier null). */
  tiers: Array<{ tier: number | null } & TargetsGroup>;
  /** Per channel in alphabetical order; a campaign on several channels counts in each. */
  channels: Array<{ channel: string } & TargetsGroup>;
}

export function targetsReached(briefs: readonly BriefFacts[], today: number): TargetsData {
  const judged = briefs.map((b) => ({ brief: b, verdict: campaignResults(b.data, today, b).verdict, channels: [...new Set(strings(b.data.channels).map(([c]) => c))] }));
  const group = (these: typeof judged): TargetsGroup => {
    const { attained, measured, share } = targetsReachedShare(these.map((j) => j.verdict));
    return { attained, measured, targetsReached: share };
  };
  const tiers = [...new Set(judged.map((j) => j.brief.tier).filter((t): t is number => t !== undefined))].sort((a, b) => a - b);
  const channels = [...new Set(judged.flatMap((j) => j.channels))].sort();
  return {
    tiers: [...tiers.map((tier) => ({ tier, ...group(judged.filter((j) => j.brief.tier === tier)) })), { tier: null, ...group(judged) }],
    channels: channels.map((channel) => ({ channel, ...group(judged.filter((j) => j.channels.includes(channel))) })),
  };
}
