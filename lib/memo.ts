/**
 * Remembers the results of an async function by its arguments, keeping the `max` most recently
 * used. Only for reads of data that cannot change while the server runs (the database is opened
 * read-only and replaced only by a seed followed by a restart). Results are shared: treat them as
 * immutable.
 */
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  max: number,
): (...args: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-insert: Map order is recency order
      cache.set(key, hit);
      return hit;
    }
    const value = fn(...args);
    cache.set(key, value);
    value.catch(() => cache.delete(key)); // a failure is not remembered
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
