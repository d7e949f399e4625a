// The table of every rule mops runs, in catalogue order; docs, README and SARIF are generated from it.

import type { Rule } from './types';
import badGlob from './config/bad-glob';
import misplaced from './config/misplaced';
import unknownRule from './config/unknown-rule';
import encoding from './file/encoding';
import symlink from './file/symlink';
import tooLarge from './file/too-large';
import apiVersion from './mops/api-version';
import duplicateId from './mops/duplicate-id';
import internalError from './mops/internal-error';
import unknownKind from './mops/unknown-kind';
import schemaEnum from './schema/enum';
import schemaFormat from './schema/format';
import schemaInvalid from './schema/invalid';
import schemaItems from './schema/items';
import schemaLength from './schema/length';
import schemaPattern from './schema/pattern';
import schemaRange from './schema/range';
import schemaRequired from './schema/required';
import schemaType from './schema/type';
import schemaUnknownProperty from './schema/unknown-property';
import duplicateKey from './yaml/duplicate-key';
import syntax from './yaml/syntax';
import tooComplex from './yaml/too-complex';

export const RULES: readonly Rule[] = [
  syntax,
  duplicateKey,
  tooComplex,
  schemaRequired,
  schemaUnknownProperty,
  schemaType,
  schemaEnum,
  schemaFormat,
  schemaPattern,
  schemaRange,
  schemaLength,
  schemaItems,
  schemaInvalid,
  unknownKind,
  apiVersion,
  duplicateId,
  internalError,
  tooLarge,
  encoding,
  symlink,
  unknownRule,
  badGlob,
  misplaced,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
