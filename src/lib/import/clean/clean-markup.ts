/** Formatting tags the PDF export leaves in the text (underline, superscript): the words stay, the tags go. */
const FORMAT_TAGS = /<\/?(?:u|sup|sub|b|i|strong|em)>/gi;

/** Drop formatting tags such as `<u>…</u>` and `<sup>th</sup>` from one line, keeping their words. */
export function dropFormatTags(text: string): string {
  return text.replace(FORMAT_TAGS, '');
}
