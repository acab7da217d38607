import type { Decision } from '../model/decision.ts';
import { tablePlainText, type DecisionTable } from '../model/decision-table.ts';
import { plainText } from './plain-text.ts';
import { trimText } from './trim-text.ts';

/** The longest description a link preview gets (search engines show about 160 characters; cards about 200). */
export const DESCRIPTION_MAX = 200;

/** A list item's number, letter or bullet: "1)", "(a)", "2.", "•". */
const LIST_MARKER = /^(?:\(?(?:\d+|[a-z]|[ivx]+)\)|\d+\.(?!\d)|[•·*–\uF0B7-])\s*/i;
/** The lead-in line of a resolution: "The Adult Social Care and Public Health Committee:", "RESOLVED:". */
const LEAD_IN = /^(?:(?:the\s+)?[\w&’',\s-]*\b(?:committee|board|council)|resolved)\s*:$/i;
/** First words that begin a clause with its own subject ("the guiding principles are agreed"). */
const SUBJECTS = new Set(['the', 'a', 'an', 'it', 'there', 'this', 'these', 'those', 'all', 'each', 'no', 'members', 'officers', 'councillors', 'partners']);
/** Words in -s that are not a verb a recommendation opens with. */
const NOT_VERBS = new Set(['has', 'was', 'its', 'does', 'thus', 'plus', 'news', 'always', 'towards']);
/** "the Committee ", "The Adult Social Care and Public Health Committee ": a clause's subject when it is the committee. */
const THE_COMMITTEE = /^(?:the\s+(?:[\w&’'-]+\s+){0,8}?)?committee\s+/i;

/** "Approves the plan" → "approves the plan"; "BCF reserves" stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The council's words of a decision as one clause: markup and list markers gone, a resolution's lead-in line
 * ("The … Committee:") dropped, items joined with semicolons, a leading "That" and the closing stop removed.
 */
export function decisionClause(text: string): string {
  const items = text
    .split(/\n+/)
    .map((line) => plainText(line).replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '');
  if (items.length > 1 && LEAD_IN.test(items[0]!)) items.shift();
  const joined = items
    .map((item) => item.replace(/[\s.;,]+$/, ''))
    .reduce((all, item) => (all === '' ? item : all.endsWith(':') ? `${all} ${item}` : `${all}; ${lowerFirst(item)}`), '');
  return joined.replace(/^that\s+/i, '').replace(/[\s.;:,]+$/, '');
}

/**
 * "approves the plan" (or "the Committee approves the plan") → ["approve", "the plan"]: a clause that opens with a verb
 * in -s, as recommendations do; else null.
 */
function openingVerb(clause: string): [verb: string, rest: string] | null {
  const match = /^([A-Za-z]+[^s\W]s)\b\s*(.*)$/.exec(clause.replace(THE_COMMITTEE, ''));
  if (match === null) return null;
  const word = match[1]!.toLowerCase();
  if (SUBJECTS.has(word) || NOT_VERBS.has(word)) return null;
  return [word.slice(0, -1), match[2]!];
}

function sentence(text: string): string {
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?][’”"')]?$/.test(first) ? first : `${first}.`;
}

/**
 * What was decided, in one plain sentence for a link preview (no Markdown, no HTML), cut on a word boundary:
 * "The Adult Social Care and Health Committee resolved to approve …", "A report asked the Policy Committee to note …",
 * or, for what a later report records and for milestones, the report's own sentence.
 */
/** A table's rows as words: "Public Health Support Officer (FTE 0.8, Grade/ Band B, …)", rows apart by semicolons. */
export function tableInWords(table: DecisionTable): string {
  return table.rows
    .map((row) => {
      const [first = '', ...rest] = row;
      const pairs = rest.map((cell, i) => (cell === '' ? '' : `${table.header[i + 1] ?? ''} ${cell}`.trim())).filter(Boolean);
      return pairs.length > 0 ? `${first} (${pairs.join(', ')})` : first;
    })
    .join('; ');
}

export function describeDecision(decision: Pick<Decision, 'evidence' | 'text' | 'body' | 'table'>, max = DESCRIPTION_MAX): string {
  // A table the decision introduces reads as its rows, not as "cell | cell" lines.
  const words = decision.table ? decision.text.replace(tablePlainText(decision.table), tableInWords(decision.table)) : decision.text;
  const clause = decisionClause(words);
  const body = decision.body ?? 'committee';
  const theBody = /^the\s/i.test(body) ? body : `the ${body}`;
  const verb = openingVerb(clause);
  const subject = verb === null && SUBJECTS.has(clause.split(/\s/)[0]!.toLowerCase());
  let text: string;
  switch (decision.evidence) {
    case 'resolved':
      text = verb ? `${theBody} resolved to ${verb[0]} ${verb[1]}` : subject ? `${theBody} resolved that ${clause}` : `${theBody} resolved: ${lowerFirst(clause)}`;
      break;
    case 'recommended':
      text = verb ? `A report asked ${theBody} to ${verb[0]} ${verb[1]}` : subject ? `A report recommended that ${clause}` : `A report recommended: ${lowerFirst(clause)}`;
      break;
    case 'recorded':
    case 'milestone':
      text = clause;
  }
  return trimText(sentence(text.trim()), max);
}
