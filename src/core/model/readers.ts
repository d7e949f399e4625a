// Defensive reads of document data: rules see data that may not be valid, and must never throw on it.

export type Data = Record<string, unknown>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function rec(value: unknown): Data {
  return isRecord(value) ? value : {};
}

/**
 * A mapping read with the field names of its generated type (src/core/generated, from schemas/), each value
 * still unknown: the data may break its schema, so no value is trusted, but the names are, and renaming a
 * field in a schema fails the type-check wherever the old name is still read.
 */
export type Fields<T> = { readonly [K in keyof T]?: unknown };

/** A mapping as `Fields<T>` ({} for anything that is not a mapping). */
export function fields<T>(value: unknown): Fields<T> {
  return rec(value) as Fields<T>;
}

/** The mapping items of a list, as `Fields<T>`, with their indices. */
export function fieldRecords<T>(value: unknown): Array<[Fields<T>, number]> {
  return records(value) as Array<[Fields<T>, number]>;
}

/** The string items of a list with their indices (non-strings are the schema's business). */
export function strings(value: unknown): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  if (Array.isArray(value)) value.forEach((item, i) => typeof item === 'string' && found.push([item, i]));
  return found;
}

/** The mapping items of a list with their indices. */
export function records(value: unknown): Array<[Data, number]> {
  const found: Array<[Data, number]> = [];
  if (Array.isArray(value)) value.forEach((item, i) => isRecord(item) && found.push([item, i]));
  return found;
}

/** Present and not empty: what a gate's `requires` asks of a brief field. */
export function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}
