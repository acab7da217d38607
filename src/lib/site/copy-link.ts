/** What the live region says after a paragraph's link is followed: "Link to paragraph 12 copied". */
export function announceCopy(what: string, copied: boolean): string {
  return copied ? `Link to ${what} copied` : `Could not copy. The link to ${what} is in the address bar`;
}
