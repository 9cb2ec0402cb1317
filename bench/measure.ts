// Measuring a child process: wall time, CPU time and peak memory. GNU time's "Maximum resident set
// size" is the largest single process; the /proc sampler adds up the whole process tree (Astro plus
// the Pagefind binary it starts), so both are reported.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

export interface RunResult {
  code: number;
  output: string;
  wallMs: number;
  /** user + system CPU seconds (GNU time), when /usr/bin/time is installed. */
  cpuSeconds?: number;
  /** Of that, system (kernel) CPU seconds: file writes and page faults (GNU time). */
  sysSeconds?: number;
  /** Minor page faults of the process and the children it waited for (GNU time). */
  minorFaults?: number;
  /** Largest single process's peak RSS in MB (GNU time). */
  maxRssMb?: number;
  /** Peak of the summed RSS of the process tree in MB (sampled every 100 ms from /proc). */
  treePeakMb: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command, sampling the memory of its process tree; resolves whatever the exit code. */
export async function measureRun(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<RunResult> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env });
  let output = '';
  let pending = '';
  const take = (d: Buffer) => {
    const s = d.toString();
    output += s;
    if (!options.onLine) return;
    pending += s;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) options.onLine(l);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  let treePeakKb = 0;
  const sampler = setInterval(() => {
    if (child.pid) void treeRssKb(child.pid).then((kb) => (treePeakKb = Math.max(treePeakKb, kb)));
  }, 100);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const result: RunResult = { code, output, wallMs, treePeakMb: Math.round(treePeakKb / 1024) };
  if (timed) {
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
    const user = /User time \(seconds\): ([\d.]+)/.exec(output);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(output);
    if (rss) result.maxRssMb = Math.round(Number(rss[1]) / 1024);
    if (user && sys) result.cpuSeconds = Math.round((Number(user[1]) + Number(sys[1])) * 10) / 10;
    if (sys) result.sysSeconds = Math.round(Number(sys[1]) * 10) / 10;
    const faults = /Minor \(reclaiming a frame\) page faults: (\d+)/.exec(output);
    if (faults) result.minorFaults = Number(faults[1]);
    // GNU time reports a non-zero exit as "Command exited with non-zero status N".
  }
  return result;
}

/** Sum of VmRSS over a process and all its descendants, in kB. */
async function treeRssKb(root: number): Promise<number> {
  const parents = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  const rss = new Map<number, number>();
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        try {
          const status = await readFile(`/proc/${e}/status`, 'utf8');
          const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
          const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          const pid = Number(e);
          rss.set(pid, kb);
          parents.set(ppid, [...(parents.get(ppid) ?? []), pid]);
        } catch {
          // The process ended while we looked.
        }
      }),
  );
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(parents.get(pid) ?? []));
  }
  return total;
}

/** The median item by `value` (the lower middle one of an even number). */
export function median<T>(items: readonly T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
