/** The council's standard section headings (level 2); other headings are sub-headings (level 3). */
const SECTION_HEADINGS = [
  /^purpose of (?:the|this) report$/i,
  /^information(?: and advice)?$/i,
  /^other options considered$/i,
  /^reasons?(?:\/s)? for (?:the )?recommendations?(?:\/s)?$/i,
  /^statutory and policy implications$/i,
  /^recommendations?(?:\/s|\(s\))?$/i,
  /^background papers(?: and published documents)?$/i,
  /^electoral divisions?(?:\(s\))? and members?(?:\(s\))? affected$/i,
  /^(?:constitutional|financial|finance|hr|legal) comments?:?(?: ?\(.*\))?$/i,
];

/** A heading's words without `#` or wrapping `*`/`_` emphasis. */
export function bareHeading(text: string): string {
  return text.trim().replace(/^([*_]{1,3})(.*)\1$/u, '$2').trim();
}

/** Whether a line is one of the council's standard section headings. */
export function isSectionHeading(text: string): boolean {
  const bare = bareHeading(text);
  return SECTION_HEADINGS.some((re) => re.test(bare));
}
