/**
 * Shape checks for values read back from browser storage. Storage outlives app versions and can be
 * edited by hand, so nothing read from it is trusted: a value that does not fit is replaced by the
 * default instead of reaching a component (a bad entry used to blank the whole page on every load).
 */

/** Returns the value, possibly cleaned, when it fits; undefined when it does not. */
export type Schema<T> = (value: unknown) => T | undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const nonNegativeInteger: Schema<number> = (value) =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/** An array whose items all fit; one bad item rejects the array. */
export function arrayOf<T>(item: Schema<T>): Schema<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    const items = value.map(item);
    return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
  };
}

/** A string-keyed record; entries that do not fit are dropped, the others kept. */
export function recordOf<T>(item: Schema<T>): Schema<Record<string, T>> {
  return (value) => {
    if (!isPlainObject(value)) return undefined;
    const kept: Record<string, T> = {};
    for (const [key, entry] of Object.entries(value)) {
      const checked = item(entry);
      if (checked !== undefined) kept[key] = checked;
    }
    return kept;
  };
}

/** An object with these fields; a field that does not fit falls back to its default. */
export function objectWithDefaults<T extends object>(
  fields: { [K in keyof T]: Schema<T[K]> },
  defaults: T,
): (value: unknown) => T {
  return (value) => {
    const source = isPlainObject(value) ? value : {};
    const result = { ...defaults };
    for (const key of Object.keys(fields) as (keyof T)[]) {
      const checked = fields[key](source[key as string]);
      if (checked !== undefined) result[key] = checked;
    }
    return result;
  };
}
