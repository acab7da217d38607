/**
 * Find the Java that runs the Nu HTML Checker (vnu-jar, `npm run check:html`).
 *
 *   npx tsx scripts/find-java.ts           print the path, or the one-line reason there is none (exit 1)
 *   npx tsx scripts/find-java.ts --ensure  as above, but first install Debian's default-jre-headless when missing and root
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './apt-install.ts';

export const JAVA_NOT_FOUND = 'Java not found: the Nu HTML Checker needs Java 11 or later; install it with `apt-get install -y default-jre-headless`';

/** The java on PATH (or under $JAVA_HOME), or null when none answers `java -version`. */
export function findJava(env: Record<string, string | undefined> = process.env): string | null {
  const candidates = [env['JAVA_HOME'] ? `${env['JAVA_HOME']}/bin/java` : null, 'java'].filter((c): c is string => c !== null);
  return candidates.find((java) => spawnSync(java, ['-version'], { stdio: 'ignore', env }).status === 0) ?? null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let java = findJava();
  if (java === null && process.argv.includes('--ensure') && aptInstall(['default-jre-headless'])) java = findJava();
  if (java === null) {
    console.error(JAVA_NOT_FOUND);
    process.exit(1);
  }
  console.log(java);
}
