import { Document, parse, Scalar, visit } from 'yaml';
import { meetingSchema, type MeetingData } from '../../model/meeting.ts';

/** A meeting as its YAML file: keys in schema order, the date quoted (a YAML 1.1 reader would make it a Date), the agenda's items when known. */
export function writeMeeting(meeting: MeetingData): string {
  const items = meeting.items.length > 0 ? { items: meeting.items.map((i) => ({ n: i.n, title: i.title, pages: i.pages })) } : {};
  const doc = new Document({ body: meeting.body, date: meeting.date, time: meeting.time, venue: meeting.venue, ...items });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$|^\d{2}:\d{2}$|^\d+[a-z]?$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** A meeting file's text back to its data; null when it does not hold a valid meeting. */
export function readMeeting(text: string): MeetingData | null {
  const parsed = meetingSchema.safeParse(parse(text));
  return parsed.success ? parsed.data : null;
}
