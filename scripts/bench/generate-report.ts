/**
 * One synthetic committee report as plain text, in the layout of the seeds: header, date, agenda item, author, title,
 * numbered paragraphs under headings, maybe a list, a tab-separated table and page footers, then recommendations,
 * comments, background papers and the reference line. Sentences come from the real seeds, shuffled by a seeded PRNG.
 */
import type { Corpus } from './seed-corpus.ts';
import type { ReportSlot } from './plan-archive.ts';
import { createRng, seedFrom, type Rng } from './prng.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-04-20" → "20 April 2016", as the council writes dates. */
export function councilDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const ACRONYM = /^(NHS|STP|STPS|ICS|ACS|CCG|CCGS|BCF|GP|GPS|ICB|ASCH|ASCPH|COVID|ICT|MOU)$/;

function sentenceCase(text: string): string {
  const lower = text
    .split(' ')
    .map((word) => (ACRONYM.test(word.replace(/[^A-Z]/g, '')) ? word : word.toLowerCase()))
    .join(' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(`${line} `);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The reference line at a report's foot, e.g. "ASCH1042". */
function referenceFor(slot: ReportSlot): string {
  const prefix = slot.committee.startsWith('Policy') ? 'PC' : slot.committee.includes('Public Health') ? 'ASCPH' : 'ASCH';
  return `${prefix}${100 + slot.index}`;
}

/** Report titles for a slot: one of the council's own, or a heading of theirs in capitals. */
export function titleFor(corpus: Corpus, rng: Rng): string {
  const titles = corpus.titles.filter((t) => !/^(AND|PUBLIC PROTECTION)\b/.test(t));
  return rng.chance(0.4) && titles.length > 0 ? rng.pick(titles) : rng.pick(corpus.headings).toUpperCase();
}

interface Writer {
  blocks: string[][];
  size: number;
}

function push(writer: Writer, lines: string[]): void {
  writer.blocks.push(lines);
  writer.size += lines.reduce((n, l) => n + l.length + 1, 0) + 1;
}

/** Make report `slot.index` of the archive; `earlier` are slots it may cite as background papers. */
export function generateReport(corpus: Corpus, slot: ReportSlot, earlier: readonly ReportSlot[]): string {
  const rng = createRng(seedFrom(`report-${slot.index}`));
  const wrapped = rng.chance(0.35);
  const target = Math.min(40_000, rng.pick(corpus.reportSizes)) * (0.8 + 0.4 * rng.next());
  const headings = corpus.headings.filter((h) => !/^(Report to|Meeting|Persons|[A-Z]\))|Officer|Director|Manager|^[A-Z][a-z]+ [A-Z][a-z]+$/.test(h));
  const authors = corpus.authors.filter((a) => !/ AND$/.test(a));
  const writer: Writer = { blocks: [], size: 0 };
  let n = 0;
  const paragraph = (text: string): void => {
    n += 1;
    const body = `${n}. ${text}`;
    push(writer, wrapped ? wrap(body, 88) : [rng.chance(0.3) ? `- ${body}` : body]);
  };
  const sentences = (min: number, max: number): string => Array.from({ length: rng.int(min, max) }, () => rng.pick(corpus.sentences)).join(' ');

  push(writer, [`Report to ${slot.committee}`]);
  push(writer, [councilDate(slot.date)]);
  push(writer, [`Agenda Item: ${slot.agendaItem}`]);
  push(writer, [`REPORT OF THE ${rng.pick(authors)}`]);
  push(writer, [titleFor(corpus, createRng(seedFrom(`title-${slot.index}`)))]);
  push(writer, ['Purpose of the Report']);
  paragraph(sentences(1, 2));
  push(writer, [rng.chance(0.5) ? 'Information and Advice' : 'Information']);

  const closing = 2500;
  while (writer.size < target - closing) {
    if (n > 2) push(writer, [rng.pick(headings)]);
    for (let k = rng.int(2, 6); k > 0; k--) {
      paragraph(sentences(1, 5));
      if (rng.chance(0.12) && corpus.listItems.length > 0) push(writer, Array.from({ length: rng.int(3, 8) }, () => `${wrapped ? '\uf0b7' : ' -'} ${rng.pick(corpus.listItems)}`));
    }
    if (rng.chance(0.08) && corpus.tables.length > 0) push(writer, rng.pick(corpus.tables));
  }

  push(writer, ['Other Options Considered']);
  paragraph(sentences(1, 2));
  push(writer, ['Reason/s for Recommendation/s']);
  paragraph(sentences(1, 2));
  push(writer, ['Statutory and Policy Implications']);
  paragraph('This report has been compiled after consideration of implications in respect of crime and disorder, data protection and information governance, finance, human resources, human rights, the NHS Constitution (public health services), the public sector equality duty, safeguarding of children and adults at risk, service users, smarter working, sustainability and the environment and where such implications are material they are described below. Appropriate consultation has been undertaken and advice sought on these issues as required.');
  push(writer, ['Financial Implications']);
  paragraph(sentences(1, 2));
  const financial = n;
  push(writer, ['RECOMMENDATION/S']);
  push(writer, ['That the Committee:']);
  push(writer, Array.from({ length: rng.int(1, 4) }, (_, i) => `${i + 1}) ${rng.pick(corpus.recommendations)}`));
  const author = rng.pick(authors);
  push(writer, [author.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\b(And|Of|For|The)\b/g, (w) => w.toLowerCase())]);
  push(writer, ['For any enquiries about this report please contact:']);
  push(writer, [`Programme Officer, ${slot.committee.replace(/ Committee$/, '')}`]);
  push(writer, [`Constitutional Comments (${rng.pick(['SLB', 'LM', 'HD', 'EP'])} ${councilDate(slot.date)})`]);
  n += 1;
  push(writer, [`${n}. ${slot.committee} is the appropriate body to consider the content of this report.`]);
  push(writer, [`Financial Comments (${rng.pick(['KAS', 'DG', 'OC'])} ${councilDate(slot.date)})`]);
  n += 1;
  push(writer, [`${n}. The financial implications are contained within paragraph ${financial} of the report.`]);
  push(writer, ['Background Papers and Published Documents']);
  push(writer, ['Except for previously published documents, which will be available elsewhere, the documents listed here will be available for inspection in accordance with Section 100D of the Local Government Act 1972.']);
  const before = earlier.filter((e) => e.date < slot.date).slice(-200);
  const cited = before.length === 0 ? [] : [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(before)))];
  push(writer, cited.length === 0 ? ['None.'] : cited.map((c) => `${wrapped ? '\uf0b7' : '-'} ${sentenceCase(titleFor(corpus, createRng(seedFrom(`title-${c.index}`))))} – report to ${c.committee} on ${councilDate(c.date)}.`));
  push(writer, ['Electoral Division(s) and Member(s) Affected']);
  push(writer, ['All.']);
  push(writer, [referenceFor(slot)]);

  const lines = writer.blocks.flatMap((block) => [...block, '']);
  return (rng.chance(0.3) ? withPageFooters(lines, rng.int(1, 60)) : lines).join('\n');
}

/** Insert running page footers ("Page 3 of 102") every 45 lines or so, as PDF extraction leaves them. */
export function withPageFooters(lines: readonly string[], firstPage: number): string[] {
  const perPage = 45;
  const pages = Math.ceil(lines.length / perPage);
  const total = firstPage + pages + 20;
  return lines.flatMap((line, i) => ((i + 1) % perPage === 0 ? [line, `Page ${firstPage + Math.floor(i / perPage)} of ${total}`] : [line]));
}
