import { z } from 'astro/zod';

/** A table that a recommendation or resolution introduces ("the following post:"), cell text as printed. */
export const decisionTableSchema = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type DecisionTable = z.output<typeof decisionTableSchema>;

/** The table as plain lines, header first, cells apart by " | ": how the decision's `text` carries it. */
export function tablePlainText(table: DecisionTable): string {
  return [table.header, ...table.rows].map((cells) => cells.join(' | ')).join('\n');
}
