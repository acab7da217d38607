import type { DocumentData } from '../model/document.ts';
import { parseDate } from './parse-date.ts';

type BackgroundPaper = DocumentData['backgroundPapers'][number];

/** "Title – report to the X Committee on 2nd November 2015" (a dash or a colon before "report to"). */
const CITATION = /^(.*?)\s*(?:[–—-]|:)\s*(?:a\s+)?report to (?:the\s+)?(.+?)\s+on\s+(.+?)\.?$/i;

/** What a background paper's citation names: its title, the committee it went to and the date, where the text says. */
export function readBackgroundPaper(text: string, index: number): BackgroundPaper {
  const anchor = `background-paper-${index + 1}`;
  const match = CITATION.exec(text.trim());
  if (!match) return { text, anchor, title: text.trim().replace(/\.$/, ''), body: null, date: parseDate(text) };
  const [, title = '', body = '', when = ''] = match;
  return { text, anchor, title: title.trim() || null, body: body.replace(/\s+&\s+/g, ' and ').trim(), date: parseDate(when) };
}
