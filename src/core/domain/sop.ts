// An SOP's steps read one way for every reader (the SOP view, checklist insertion, completions, the handbook):
// a step is an instruction, or a mapping with the instruction (`do`) and its role, link and "done when".

import type { Sop } from '../generated';
import { fields, isRecord, str } from '../model/readers';

export interface SopStep {
  /** The step's position in `steps`, for its line. */
  index: number;
  /** The instruction. */
  text: string;
  role?: string;
  link?: string;
  doneWhen?: string;
}

type StepFields = Exclude<Sop['steps'][number], string>;

const nonBlank = (value: unknown): string | undefined => {
  const text = str(value);
  return text !== undefined && text.trim() !== '' ? text : undefined;
};

/**
 * The steps of an SOP's data, in order: plain strings and mappings alike. An item that is neither, or a
 * mapping without an instruction, is left out (the schema reports it).
 */
export function sopSteps(value: unknown): SopStep[] {
  const steps = fields<Sop>(value).steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((item: unknown, index): SopStep[] => {
    if (typeof item === 'string') return item.trim() === '' ? [] : [{ index, text: item }];
    if (!isRecord(item)) return [];
    const step = fields<StepFields>(item);
    const text = nonBlank(step.do);
    if (text === undefined) return [];
    return [{ index, text, role: nonBlank(step.role), link: nonBlank(step.link), doneWhen: nonBlank(step.done_when) }];
  });
}

