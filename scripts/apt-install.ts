import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Install Debian packages with apt-get, only when root on a machine that has apt-get (a fresh CI machine, a
 * container). Returns whether it tried; a failed install throws with apt-get's own message on the terminal.
 */
export function aptInstall(packages: readonly string[]): boolean {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return true;
}
