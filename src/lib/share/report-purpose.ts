import { plainText } from './plain-text.ts';

/** A report's "Purpose of the Report" heading, as the importer writes it: "## Purpose of the Report", "## 1. Purpose". */
const PURPOSE_HEADING = /^#{2,4}[ \t]+(?:\d+\.?[ \t]+)?purpose(?:[ \t]+of[ \t]+(?:the|this)[ \t]+report)?[ \t]*$/im;

/**
 * What a report is for, as plain text: the first paragraph under its "Purpose of the Report" heading (the council's
 * own words, "To seek approval for …"), from the document's MDX body; null when the report has no such section.
 */
export function reportPurpose(body: string): string | null {
  const heading = PURPOSE_HEADING.exec(body);
  if (heading === null) return null;
  const after = body.slice(heading.index + heading[0].length);
  const section = after.split(/^#{1,6}[ \t]/m)[0] ?? '';
  const para = /<Para\b[^>]*>([\s\S]*?)<\/Para>/.exec(section)?.[1] ?? section.split(/\n[ \t]*\n/).find((block) => block.trim() !== '') ?? '';
  const text = plainText(para);
  return text === '' ? null : text;
}
