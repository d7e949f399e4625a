// Types of scripts/spreadsheet-fixtures.mjs, for the tests that import it.

export interface TrackerCampaign {
  title: string;
  region: string;
  regionCode: string;
  channel: string;
  channelCode: string;
  launch: string;
  blank?: boolean;
  seeded?: string;
}

export function trackerCampaigns(count?: number, seed?: number): { rows: TrackerCampaign[]; seeded: Record<number, string> };
export function campaignId(row: TrackerCampaign): string;
export function trackerCsv(count?: number): Buffer;
export function utmLinksCsv(): Buffer;
export function rosterCsv(): Buffer;
export const INVENTORY: unknown[][];
export function inventorySheets(): Array<{ sheet: string; data: unknown[][] }>;
export function fixtureFiles(): Promise<Record<string, Buffer>>;
export function writeFixtures(dir?: string): Promise<string[]>;
