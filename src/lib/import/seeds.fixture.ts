import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The project's copies of the council's source texts, which the golden tests run over. */
export const SOURCES = join(import.meta.dirname, '../../../sources');
export const SEEDS = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();
