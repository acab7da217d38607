/**
 * Run a command and measure it from outside: wall-clock seconds and the peak resident memory of its whole process tree
 * (sampled from /proc every 50 ms), so that a build's worker processes and Pagefind's binary are counted too.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readProcStats, treeRssPages } from './process-tree.ts';

/** How one command went. */
export interface CommandMeasure {
  seconds: number;
  peakBytes: number;
  exitCode: number;
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where the command's output goes (appended). */
  logFile: string;
  /** Milliseconds between memory samples. */
  sampleMs?: number;
}

const PAGE_BYTES = 4096;

/** Run `command args…` in `cwd`, wait for it, and return its time, peak tree memory and exit code. */
export function measureCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandMeasure> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    const shown = args.length > 6 ? [...args.slice(0, 5), `… (${args.length - 5} more)`] : args;
    log.write(`\n$ ${[command, ...shown].join(' ')}   (in ${options.cwd})\n`);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakPages = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peakPages = Math.max(peakPages, treeRssPages(readProcStats(), child.pid));
    };
    const timer = setInterval(sample, options.sampleMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      log.end();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      log.end(`\n[exit ${code ?? signal}] ${seconds.toFixed(2)} s\n`);
      resolve({ seconds, peakBytes: peakPages * PAGE_BYTES, exitCode: code ?? 1 });
    });
  });
}
