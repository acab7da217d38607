import { Document, parse, Scalar, visit } from 'yaml';
import { meetingSchema, type MeetingData } from '../../model/meeting.ts';

/** A meeting as its YAML file: keys in schema order, the date quoted (a YAML 1.1 reader would make it a Date). */
export function writeMeeting(meeting: MeetingData): string {
  const doc = new Document({ body: meeting.body, date: meeting.date, time: meeting.time, venue: meeting.venue });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$|^\d{2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** A meeting file's text back to its data; null when it does not hold a valid meeting. */
export function readMeeting(text: string): MeetingData | null {
  const parsed = meetingSchema.safeParse(parse(text));
  return parsed.success ? parsed.data : null;
}
