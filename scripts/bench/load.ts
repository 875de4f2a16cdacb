import http from "node:http";

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Responses Next served from its page cache (`x-nextjs-cache: HIT`), of those that say. */
  cacheHits: number;
  cacheLookups: number;
  /** Responses by status code. */
  statuses: Record<number, number>;
};

/** The q-th percentile (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * A closed-loop load generator: `connections` keep-alive connections each send the next request
 * as soon as the last response has been read in full, for `seconds`. Given several URLs, it takes
 * them in turn (a mix for soak tests). Loopback only.
 */
export async function load(
  urls: string | string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const targets = (Array.isArray(urls) ? urls : [urls]).map((u) => new URL(u));
  if (targets.length === 0) throw new Error("load needs at least one URL");
  if (!targets.every((t) => ["127.0.0.1", "localhost", "[::1]"].includes(t.hostname)))
    throw new Error("load tests target loopback only");
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let cacheHits = 0;
  let cacheLookups = 0;
  const statuses: Record<number, number> = {};
  const end = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const target = targets[next++ % targets.length] as URL;
      const req = http.get(target, { agent }, (res) => {
        const cache = res.headers["x-nextjs-cache"];
        if (cache !== undefined) cacheLookups++;
        if (cache === "HIT") cacheHits++;
        const status = res.statusCode ?? 0;
        statuses[status] = (statuses[status] ?? 0) + 1;
        res.on("data", () => {});
        res.on("end", () => {
          latencies.push(performance.now() - t0);
          if ((res.statusCode ?? 0) >= 300) non2xx++;
          resolve();
        });
        res.on("error", () => {
          errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    connections,
    seconds: elapsed,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    non2xx,
    cacheHits,
    cacheLookups,
    statuses,
  };
}
