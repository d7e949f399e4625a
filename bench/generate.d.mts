// Types of bench/generate.mjs, for the tests that generate repos with it.
export const referencePlaybook: string;
export function generate(
  out: string,
  options?: { briefs?: number; seed?: number; defects?: number; reference?: string },
): { files: number; bytes: number; defects: Array<{ brief: number; kind: string }> };
