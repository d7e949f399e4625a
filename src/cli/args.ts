// Reads a command's options with node's parseArgs, and says what went wrong in the user's words (the
// option they mistyped and the nearest one the command has), never in parseArgs's.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseDay } from '../core';
import { nearest } from '../core/text/distance';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` (strict) for the command `mops <command>`; any mistake becomes a UsageError. */
export function parseCommandArgs<T extends ParseArgsConfig & { strict: true }>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(explainMistake(command, [...(config.args ?? [])], config.options ?? {}, config.allowPositionals === true) ?? lowerFirst((error as Error).message.split('\n')[0]));
  }
}

/** The first mistake in `args`, as a sentence; undefined if none is found (parseArgs's own words are used then). */
export function explainMistake(command: string, args: string[], options: Options, allowPositionals: boolean): string | undefined {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const help = `mops ${command} --help`;
  for (const token of tokens) {
    if (token.kind === 'positional' && !allowPositionals) return `mops ${command} takes no argument; got '${token.value}' (see ${help}).`;
    if (token.kind !== 'option') continue;
    const declared = options[token.name] as Options[string] | undefined;
    if (!declared) {
      const long = token.rawName.startsWith('--') ? nearest(token.name, Object.keys(options)) : undefined;
      return long === undefined ? `unknown option '${token.rawName}'; ${help} lists the options.` : `unknown option '${token.rawName}'; did you mean --${long}?`;
    }
    if (declared.type === 'boolean' && token.inlineValue) return `${token.rawName} takes no value; write ${token.rawName} alone.`;
    if (declared.type === 'string' && token.value === undefined) return `${token.rawName} needs a value (see ${help}).`;
    if (declared.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return `${token.rawName} needs a value, and '${token.value}' after it looks like an option; if it is the value, write ${token.rawName}=${token.value}.`;
    }
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `--today YYYY-MM-DD` as a day number (undefined when the option is absent). */
export function parseToday(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = parseDay(value);
  if (day === undefined) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${value}'.`);
  return day;
}
