// Iterative walks over a YAML syntax tree: duplicate keys and alias expansion, safe at any depth.

import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node as YamlNode } from 'yaml';

type AnyNode = YamlNode | null | undefined;

function children(node: AnyNode): YamlNode[] {
  const out: YamlNode[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (pair.key && typeof pair.key === 'object') out.push(pair.key as YamlNode);
      if (pair.value) out.push(pair.value as YamlNode);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (item && !isPair(item)) out.push(item as YamlNode);
  }
  return out;
}

/** The text a mapping key stands for, as YAML would compare it. */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  if (key && typeof key === 'object' && 'toString' in key) return String(key);
  return String(key);
}

export interface DuplicateKey {
  key: string;
  first: YamlNode;
  second: YamlNode;
}

/** Every key that repeats an earlier key of the same mapping. */
export function duplicateKeys(root: AnyNode): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, YamlNode>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!keyNode || typeof keyNode !== 'object') continue;
        const key = keyText(keyNode);
        const first = seen.get(key);
        if (first) found.push({ key, first, second: keyNode });
        else seen.set(key, keyNode);
      }
    }
    // One push per child: spreading a mapping of 100,000 keys into arguments overflows the call stack.
    for (const kid of children(node)) stack.push(kid);
  }
  return found.sort((a, b) => (a.second.range?.[0] ?? 0) - (b.second.range?.[0] ?? 0));
}

export interface AliasBomb {
  reason: 'cycle' | 'size';
  node: YamlNode;
}

/**
 * Finds an alias that makes the document expand past `limit` nodes, or that refers to its own
 * ancestor. Sizes are memoised per node, so the walk is linear in the document, not in its expansion.
 */
export function aliasBomb(doc: Document.Parsed, limit: number): AliasBomb | undefined {
  const sizes = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  interface Frame {
    node: YamlNode;
    kids: YamlNode[];
    next: number;
    size: number;
    via?: YamlNode;
  }
  const root = doc.contents as YamlNode | null;
  if (!root) return undefined;
  const frame = (node: YamlNode, via?: YamlNode): Frame => {
    if (isAlias(node)) {
      const target = node.resolve(doc) as YamlNode | undefined;
      return { node, kids: target ? [target] : [], next: 0, size: 0, via: node };
    }
    return { node, kids: children(node), next: 0, size: 1, via };
  };
  const stack: Frame[] = [frame(root)];
  open.add(root);
  // The sum of the sizes of the frames on the stack: the nodes expanded so far.
  let total = stack[0].size;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.kids.length) {
      const kid = top.kids[top.next++];
      const known = sizes.get(kid);
      if (known !== undefined) {
        top.size += known;
        total += known;
      } else if (open.has(kid)) {
        return { reason: 'cycle', node: nearestAlias(stack) ?? kid };
      } else {
        open.add(kid);
        const pushed = frame(kid, top.via);
        stack.push(pushed);
        total += pushed.size;
      }
    } else {
      stack.pop();
      open.delete(top.node);
      sizes.set(top.node, top.size);
      const parent = stack[stack.length - 1];
      if (parent) parent.size += top.size;
    }
    if (total > limit) return { reason: 'size', node: nearestAlias(stack) ?? root };
  }
  return undefined;
}

/** The outermost alias being expanded: the one written in the document's own lines. */
function nearestAlias(stack: { node: YamlNode; via?: YamlNode }[]): YamlNode | undefined {
  for (const frame of stack) if (frame.via) return frame.via;
  return undefined;
}

/** The earliest alias that names no anchor defined before it: YAML cannot build such a document. */
export function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  const stack: AnyNode[] = [doc.contents as YamlNode | null];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && node.resolve(doc) === undefined && (!found || (node.range?.[0] ?? 0) < (found.range?.[0] ?? 0))) found = node;
    for (const kid of children(node)) stack.push(kid);
  }
  return found;
}
