/** Resident memory of a process tree, from Linux's /proc/<pid>/stat lines. */
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat that the tree sum needs. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size, in pages. */
  rssPages: number;
}

/** Parse one /proc/<pid>/stat line; the command name may hold spaces and parentheses, so fields count from the last ")". */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number.parseInt(line, 10);
  const fields = line.slice(close + 2).split(' ');
  // After the name: state(3) ppid(4) … rss(24); fields[0] is field 3.
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(rssPages) ? { pid, ppid, rssPages } : null;
}

/** Sum the resident pages of `root` and all its descendants. */
export function treeRssPages(stats: readonly ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const stack = stats.filter((s) => s.pid === root);
  while (stack.length > 0) {
    const s = stack.pop() as ProcStat;
    total += s.rssPages;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

/** Read every process's stat line now (processes that end while being read are skipped). */
export function readProcStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}
