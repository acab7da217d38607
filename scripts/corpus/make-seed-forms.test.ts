import { describe, expect, it } from 'vitest';
import { blocksToHtml, textHtml } from './blocks-to-html.ts';
import { readSeedBlocks, type SeedBlock } from './read-seed-blocks.ts';
import { inlineToHtml } from './render-inline.ts';
import { dropSeedFooter } from './seed-footers.ts';
import { splitGluedBold } from './split-glued-bold.ts';
import { pagePerLine, withCrlf, withoutBlankLines } from './text-forms.ts';
import { foundAnyOrder, foundInOrder, pdfWords, seedWords } from './word-fidelity.ts';

/** The blocks in a short form: kind and text. */
function brief(blocks: SeedBlock[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'page-break':
        return 'page-break';
      case 'header':
        return `${b.role}: ${b.text}`;
      case 'heading':
        return `h${b.level}: ${b.text}`;
      case 'lines':
        return `p: ${b.lines.join(' | ')}`;
      case 'item':
        return `item ${b.label} (${b.depth}): ${b.text}`;
      case 'table':
        return `table: ${b.rows.map((r) => r.join(' / ')).join(' // ')}`;
    }
  });
}

describe('the block reader', () => {
  it('reads a report header, its title in capitals and numbered paragraphs', () => {
    const seed = ' Report to Policy Committee \n \n\n20 April 2016 \n\nAgenda Item: 7 \n\nREPORT OF THE CHAIR OF THE \nCOMMITTEE \n\nPurpose of the Report \n \n1. To provide Members with an update.\n';
    expect(brief(readSeedBlocks(seed))).toEqual([
      'report-to: Report to Policy Committee',
      'date: 20 April 2016',
      'agenda-item: Agenda Item: 7',
      'h1: REPORT OF THE CHAIR OF THE COMMITTEE',
      'h2: Purpose of the Report',
      'item 1. (0): To provide Members with an update.',
    ]);
  });

  it('splits bold runs glued together (seeds 001 and 004) onto lines of their own', () => {
    expect(splitGluedBold('**A****B**')).toBe('**A**\n**B**');
    expect(splitGluedBold('Information and Advice**Background****South**')).toBe('Information and Advice\n**Background**\n**South**');
    expect(splitGluedBold('as in **paragraph 18**, to be')).toBe('as in **paragraph 18**, to be');
    const seed = '**13<sup>th</sup> November 2017****Agenda Item: 4****REPORT OF THE DIRECTOR AND  \nHEALTH****Purpose of the Report**\n\nInformation and Advice**Background****South Nottinghamshire**\n\n2. Text.';
    expect(brief(readSeedBlocks(seed))).toEqual([
      'date: **13<sup>th</sup> November 2017**',
      'agenda-item: **Agenda Item: 4**',
      'h1: **REPORT OF THE DIRECTOR AND HEALTH**',
      'h2: **Purpose of the Report**',
      'h2: Information and Advice',
      'h2: **Background**',
      'h2: **South Nottinghamshire**',
      'item 2. (0): Text.',
    ]);
  });

  it("drops the seed's own page footers, alone on a line, at a line's end or in a table cell", () => {
    expect(dropSeedFooter('rather than being referred in crisis to health and social Page 24 of 102')).toBe(
      'rather than being referred in crisis to health and social',
    );
    expect(dropSeedFooter('\tMove on Accommodation % exited Page 93 of 102\t\t\tı\t')).toBe('\tMove on Accommodation % exited\t\t\tı\t');
    const seed = '- 1.6. It has been backed up. It has\n\nPage 44 of 102\n\n- 1.7. The next paragraph.';
    expect(brief(readSeedBlocks(seed))).toEqual(['item 1.6. (0): It has been backed up. It has', 'item 1.7. (0): The next paragraph.']);
  });

  it('joins the hard-wrapped lines of a paragraph, across a blank line too, but keeps list items and address lines apart', () => {
    const seed = [
      '1. To provide Members with an update on arrangements to integrate health and social care ',
      '',
      'in Mid-Nottinghamshire. ',
      '',
      '2. The Better Together Alliance (The Alliance) is a partnership between Ashfield and ',
      '',
      'Mansfield Clinical Commissioning Group (CCG), Newark and Sherwood CCG, ',
      'partners. ',
      '\uf0b7 Elective Care ',
      '\uf0b7 Maternity and paediatric care ',
      ' ',
      'David Pearson ',
      'Corporate Director ',
      'T: 0115 9773919 ',
    ].join('\n');
    expect(brief(readSeedBlocks(seed))).toEqual([
      'item 1. (0): To provide Members with an update on arrangements to integrate health and social care in Mid-Nottinghamshire.',
      'item 2. (0): The Better Together Alliance (The Alliance) is a partnership between Ashfield and Mansfield Clinical Commissioning Group (CCG), Newark and Sherwood CCG, partners.',
      'item • (1): Elective Care',
      'item • (1): Maternity and paediatric care',
      'p: David Pearson | Corporate Director | T: 0115 9773919',
    ]);
  });

  it('reads tab-separated lines as one table, and starts a new page at the next report of a pack', () => {
    const seed = 'Areas\tPrinciples\nOutcomes\tBetter outcomes\n\n\tEnsures duties are met\n\nAll.\n\n\n\nReport to Adult Social Care and Public Health Committee\n';
    expect(brief(readSeedBlocks(seed))).toEqual([
      'table: Areas / Principles // Outcomes / Better outcomes //  / Ensures duties are met',
      'p: All.',
      'page-break',
      'report-to: Report to Adult Social Care and Public Health Committee',
    ]);
  });

  it('escapes the text as HTML and turns the markdown-ish markup into HTML', () => {
    expect(inlineToHtml('Adult Social Care & Health <Committee> "quoted"')).toBe('Adult Social Care &amp; Health &lt;Committee&gt; &quot;quoted&quot;');
    expect(inlineToHtml('**13<sup>th</sup> November** <u>Minutes</u> *with* ***both*** [site](http://a.b/?x=1&y=2)')).toBe(
      '<strong>13<sup>th</sup> November</strong> <u>Minutes</u> <em>with</em> <strong><em>both</em></strong> <a href="http://a.b/?x=1&amp;y=2">site</a>',
    );
    expect(inlineToHtml('providers* and ** These providers')).toBe('providers* and ** These providers');
    expect(textHtml('Mid-Nottinghamshire & www.x.uk/a-b')).toBe(
      '<span class="nb">Mid-Nottinghamshire</span> &amp; www.x.uk/<wbr><span class="nb">a-b</span>',
    );
    const html = blocksToHtml(readSeedBlocks('1. Tom & <Jerry>\n\nA\tB & C\n'), 'x<y');
    expect(html).toContain('<title>x&lt;y</title>');
    expect(html).toContain('<span class="label">1.</span>Tom &amp; &lt;Jerry&gt;</p>');
    expect(html).toContain('<td class="short">B &amp; C</td>');
  });
});

describe('the text forms', () => {
  it('page-per-line puts each page on one line, spaces collapsed, empty pages left out', () => {
    expect(pagePerLine(['Report to Policy  Committee  1. Text Page 1 of 2 ', ' ', 'Second page\nPage 2 of 2'])).toBe('Report to Policy Committee 1. Text Page 1 of 2\nSecond page Page 2 of 2\n');
  });

  it('no-blank-lines removes blank and whitespace-only lines and keeps every other byte', () => {
    expect(withoutBlankLines('\n\n a \n \n\t\nb\t\n\n')).toBe(' a \nb\t\n');
    expect(withoutBlankLines('a\n\nb')).toBe('a\nb');
  });

  it('crlf ends every line with CRLF', () => {
    expect(withCrlf('a\nb\r\n\nc')).toBe('a\r\nb\r\n\r\nc');
  });
});

describe('the word check', () => {
  it("takes the seed's words without footers or markdown, and the PDF's without its own footers", () => {
    expect(seedWords('**Mid-Nottinghamshire** [www.stpnotts.org.uk](http://www.stpnotts.org.uk) 13<sup>th</sup> social Page 24 of 102')).toEqual([
      'mid',
      'nottinghamshire',
      'www',
      'stpnotts',
      'org',
      'uk',
      '13th',
      'social',
    ]);
    expect(pdfWords('Text ﬁnal¹\nPage 3 of 9\n\f')).toEqual(['text', 'final1']);
  });

  it('counts words found in any order and in the same order', () => {
    const seed = ['a', 'b', 'c', 'd', 'a'];
    const pdf = ['b', 'a', 'c', 'a', 'x'];
    expect(foundAnyOrder(seed, pdf)).toBe(4);
    expect(foundInOrder(seed, pdf)).toBe(3);
    expect(foundInOrder([], pdf)).toBe(0);
    expect(foundInOrder(seed, seed)).toBe(5);
  });
});
