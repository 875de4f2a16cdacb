import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs a command to completion, failing loudly. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = ENV): string {
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

export type Server = { proc: ChildProcess; rssMb: () => number; stop: () => Promise<void> };

/** Resident memory of a process and its children (next start runs next-server beneath it). */
function treeRssMb(pid: number): number {
  const out = spawnSync("ps", ["-o", "rss=", "--ppid", String(pid), "-p", String(pid)], {
    encoding: "utf8",
  }).stdout;
  return (
    out
      .split("\n")
      .filter(Boolean)
      .reduce((s, l) => s + Number(l.trim()), 0) / 1024
  );
}

/** Starts a server in its own process group (so stopping it leaves no orphan) and waits for it. */
export async function startServer(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
): Promise<Server> {
  const proc = spawn(cmd, args, { env, detached: true, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(ready);
      if (r.status < 500) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    rssMb: () => treeRssMb(proc.pid as number),
    stop: async () => {
      try {
        process.kill(-(proc.pid as number), "SIGTERM");
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

export function startNext(db: string, port: number): Promise<Server> {
  // Through scripts/start.sh, which binds a loopback host the way proxy.ts rewrites need.
  return startServer(
    "bash",
    ["scripts/start.sh"],
    { ...ENV, DATABASE_URL: `file:${db}`, PORT: String(port), HOST: "127.0.0.1" },
    `http://127.0.0.1:${port}/en/methodology`,
  );
}
