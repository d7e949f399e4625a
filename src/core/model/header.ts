// Tells a mops document (or a near miss of one) from any other YAML by its header: apiVersion and kind.

import { editDistance } from '../text/distance';
import { API_VERSION, KINDS } from './kinds';

const API_GROUP = API_VERSION.slice(0, API_VERSION.indexOf('/'));
const KIND_NAMES = new Set(KINDS.map((k) => k.toLowerCase()));

/** Whether a kind is a mops kind's name, whatever its case (`Brief`, `brief`, `BRIEF`). */
export function isKindName(kind: string | undefined): boolean {
  return kind !== undefined && KIND_NAMES.has(kind.toLowerCase());
}

/**
 * Whether a document with this header is ours. It is when it declares `apiVersion: mops/…`; it is a
 * *near miss* (ours, mistyped, and reported rather than silently ignored) when it names a mops kind
 * without any apiVersion, when its apiVersion's group is `mops` in another case (`Mops/v1`), or when
 * the group is one edit from `mops` (`mop/v1`, `mosp/v1`) and the kind is a mops kind or absent.
 * Other YAML is not ours: Kubernetes (`apps/v1`, two edits from `mops/v1`; a kubeconfig's `v1` `Config`),
 * CI workflows, compose files and the rest never carry a near-mops group.
 */
export function isMopsHeader(apiVersion: string | undefined, kind: string | undefined): boolean {
  if (apiVersion === undefined) return isKindName(kind);
  if (apiVersion.startsWith(`${API_GROUP}/`)) return true;
  const group = (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : apiVersion).trim().toLowerCase();
  if (group === API_GROUP || apiVersion.toLowerCase().replace(/[^a-z0-9]/g, '') === API_VERSION.replace('/', '')) return true;
  return editDistance(group, API_GROUP, 1) <= 1 && (kind === undefined || isKindName(kind));
}
