import type { Area } from '../model/document.ts';

export interface AreaInfo {
  id: Area;
  /** The area's name as the site prints it. */
  name: string;
  /** A short plain-words introduction to the thread. */
  intro: string;
}

/** The five area threads, in the order the site lists them. */
export const AREAS: readonly AreaInfo[] = [
  {
    id: 'mid-nottinghamshire',
    name: 'Mid-Nottinghamshire',
    intro:
      'Mansfield, Ashfield, Newark and Sherwood. Here the NHS and the council worked together as the “Better Together” Alliance from 2016, with a formal Alliance Agreement that the council joined as a full member.',
  },
  {
    id: 'south-nottinghamshire',
    name: 'South Nottinghamshire / Greater Nottingham',
    intro:
      'Rushcliffe, Nottingham West, Nottingham North and East, with Nottingham City. The Greater Nottingham Health and Care Partners led the work here, which became an accountable care system in 2017.',
  },
  {
    id: 'bassetlaw',
    name: 'Bassetlaw',
    intro:
      'The north of the county. Bassetlaw planned its care with South Yorkshire, through its own Integrated Care Board from 2013 and later an accountable care partnership, while keeping links with the rest of Nottinghamshire.',
  },
  {
    id: 'county-wide',
    name: 'County-wide',
    intro:
      'Decisions that cover the whole county: the council’s guiding principles for integration, the Better Care Fund, and the council’s part in the Nottingham and Nottinghamshire plans that became an integrated care system.',
  },
  {
    id: 'national',
    name: 'National',
    intro:
      'What the NHS and the government decided for England as a whole, as the council’s reports record it: planning guidance, deadlines, and the proposals that led to integrated care systems in law.',
  },
];

const BY_ID = new Map(AREAS.map((area) => [area.id, area]));

/** The area's details; throws for an id that is not an area. */
export function areaInfo(id: Area): AreaInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`Unknown area "${id}"`);
  return info;
}
