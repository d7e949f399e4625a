// Types of bench/generate.mjs, for the tests that generate repos with it.
export const referencePlaybook: string;
export type Layout = 'folders' | 'flat' | 'quarters' | 'multi-doc' | 'mixed';
export const LAYOUTS: Record<Layout, string>;
export const BRIEF_LINES: { short: number; long: number };
export function generate(
  out: string,
  options?: { briefs?: number; seed?: number; defects?: number; reference?: string; layout?: Layout },
): { files: number; bytes: number; defects: Array<{ brief: number; kind: string }> };
