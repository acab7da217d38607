import type { DocumentData } from '../../model/document.ts';
import { looksLikeName } from './read-blocks.ts';

type Contact = DocumentData['contacts'][number];

const PHONE = /(?:\bT(?:el)?[:.]\s*)?(\+?\b0\d[\d ]{8,}\d)\b/;
const EMAIL = /(?:\bE(?:mail)?:\s*)?\[?(?:mailto:)?([^\s\]<>()[:]+@[^\s\]<>()[]+?)(?=[\s\]<>()]|$)/i;

/**
 * A contact from the lines under "For any enquiries about this report please contact:": the name, then the role
 * (over one or more lines), "T:" the phone and "E:" the email. Null when no name can be read.
 */
export function readContact(lines: readonly string[]): Contact | null {
  const all = lines.join('\n');
  const phone = PHONE.exec(all)?.[1]?.trim() ?? null;
  const email = EMAIL.exec(all)?.[1]?.replace(/[.,;]+$/, '') ?? null;
  const words = lines
    .map((l) => l.replace(PHONE, '').replace(/(?:\bE(?:mail)?:\s*)?\S+@\S+/gi, '').replace(/\bE(?:mail)?:\s*$/i, '').replace(/[*_]/g, '').trim())
    .filter((l) => l !== '');
  const [first, ...rest] = words;
  if (!first) return null;
  if (looksLikeName(first) && first.split(/\s+/).length <= 3) return { name: first, role: rest.length ? rest.join(', ') : null, phone, email };
  // Name and role on one line: "Jennifer Allen Strategic Development Manager"; or a name and a dash: "Jo Toomey —".
  const parts = first.replace(/\s*[—–-]\s*$/u, '').split(/\s+/);
  const name = parts.slice(0, 2).join(' ');
  if (!looksLikeName(name)) return null;
  const role = [parts.slice(2).join(' '), ...rest].filter((r) => r !== '').join(', ');
  return { name, role: role || null, phone, email };
}
