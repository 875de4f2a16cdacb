// Progress for the long commands (generate:national, seeding a national dataset, bench) on a
// terminal: one line rewritten in place on stderr. Off when stderr is not a terminal (CI, logs),
// so their output stays the same as before.
const tty = process.stderr.isTTY === true;
let last = 0;

/** "generating: 412 / 756 localities (54%)", at most ten times a second. */
export function progress(label: string, done: number, total: number, unit = ""): void {
  if (!tty) return;
  const now = Date.now();
  if (done < total && now - last < 100) return;
  last = now;
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  process.stderr.write(`\r${label}: ${done} / ${total}${unit ? ` ${unit}` : ""} (${pct}%)\x1b[K`);
  if (done >= total) process.stderr.write("\n");
}

/** A phase of a long command, e.g. "seed: checking 786,240 figures". */
export function phase(text: string): void {
  if (tty) process.stderr.write(`\r${text}\x1b[K\n`);
}
