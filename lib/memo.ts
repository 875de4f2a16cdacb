/**
 * Remembers the results of an async function by its arguments, keeping the `max` most recently
 * used, and, given `weigh`, at most `maxWeight` in all (a result heavier than that is returned but
 * not kept). Only for reads of data that cannot change while the server runs (the database is
 * opened read-only and replaced only by a seed followed by a restart). Results are shared: treat
 * them as immutable.
 */
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  max: number,
  budget?: { weigh: (r: R) => number; maxWeight: number },
): (...args: A) => Promise<R> {
  const cache = new Map<string, { value: Promise<R>; weight: number }>();
  let total = 0;
  const drop = (key: string) => {
    const e = cache.get(key);
    if (!e) return;
    cache.delete(key);
    total -= e.weight;
  };
  const trim = () => {
    for (const key of cache.keys()) {
      if (cache.size <= max && total <= (budget?.maxWeight ?? Infinity)) break;
      drop(key); // Map order is recency order: the least recently used first
    }
  };
  return (...args: A) => {
    const key = JSON.stringify(args);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-insert: most recent last
      cache.set(key, hit);
      return hit.value;
    }
    const value = fn(...args);
    const entry = { value, weight: 0 };
    cache.set(key, entry);
    trim();
    value.then(
      (r) => {
        if (!budget || cache.get(key) !== entry) return;
        entry.weight = budget.weigh(r);
        total += entry.weight;
        if (entry.weight > budget.maxWeight) drop(key);
        trim();
      },
      () => drop(key), // a failure is not remembered
    );
    return value;
  };
}
