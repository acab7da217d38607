import { findDate } from './parse-date.ts';

const AT_TIME = /\bat\s+(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?(?=\W|$)/i;
const CLOCK = /^\s*(?:at\s+|[,–-]\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?/i;
/** A front sheet's labelled time: "Time: 10.30 am", "Time 2 pm". */
const TIME_LABEL = /^\s*time:?\s+(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?/i;

/** Hours, minutes and am/pm as "HH:MM"; null when that is not a time of day. */
function clock(hoursText: string | undefined, minutesText: string | undefined, half: string | undefined): string | null {
  let hours = Number(hoursText);
  const minutes = Number(minutesText ?? '0');
  if (half?.toLowerCase() === 'p' && hours < 12) hours += 12;
  if (half?.toLowerCase() === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "at 10:30", "commencing at 10.30 am", "at 2 pm", "25 Mar 2021 - 10:30", "Monday 8 February 2021, 10.30 am", "Time: 10.30 am" → "10:30", "14:00". */
export function readTime(text: string): string | null {
  const labelled = TIME_LABEL.exec(text);
  if (labelled) return clock(labelled[1], labelled[2], labelled[3]);
  const at = AT_TIME.exec(text);
  if (at) return clock(at[1], at[2], at[3]);
  const dated = findDate(text);
  const after = dated ? CLOCK.exec(text.slice(0, dated.end).replace(/^[\s\S]*?\d{4}/, '')) : null;
  return after ? clock(after[1], after[2], after[3]) : null;
}
