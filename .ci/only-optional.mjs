// Exits 0 when every package named after the lock file is an optional dependency of some package in that lock
// (another platform's binary), else 1. Used by .ci/run to tell npm/cli#9846 from a real lock mismatch.
//   node .ci/only-optional.mjs package-lock.json NAME...
import { readFileSync } from 'node:fs';

const [lockPath, ...names] = process.argv.slice(2);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const optional = new Set(Object.values(lock.packages ?? {}).flatMap((entry) => Object.keys(entry.optionalDependencies ?? {})));
const notOptional = names.filter((name) => !optional.has(name));
if (notOptional.length > 0) console.error(`not optional in ${lockPath}: ${notOptional.join(', ')}`);
process.exit(names.length > 0 && notOptional.length === 0 ? 0 : 1);
