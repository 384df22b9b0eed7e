/**
 * A table looked up by words of the copy or of the command line, without a prototype: on a plain
 * object, `SCALES["constructor"]` is Object's constructor, and "5 constructor kits" read as a
 * figure scaled by it; `--fail-on __proto__` found a "group". Here a key the table does not hold
 * finds nothing, whatever it is.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
