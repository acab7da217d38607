/**
 * The filter pane: one group of checkboxes per filter (kind, committee, year, area), each a <details> that stays
 * shut until the reader opens it. Pagefind's filter indexes load only then (or when the address already chose a
 * filter), so a first search does not pay for them.
 */
import { FILTER_NAMES, type FilterName } from '../../lib/search/search-facets.ts';
import type { FilterCounts, Filters } from './pagefind-api.ts';

/** Values in the order a reader scans them: years newest first, everything else alphabetically. */
function ordered(name: FilterName, values: string[]): string[] {
  return name === 'year' ? values.sort((a, b) => b.localeCompare(a)) : values.sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export class FilterPane {
  private loaded = false;
  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (filters: Filters) => void,
  ) {
    root.addEventListener('change', () => this.onChange(this.chosen()));
  }

  /** Each group's <details>. */
  groups(): HTMLDetailsElement[] {
    return [...this.root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Draw the checkboxes from the site's totals, ticking `chosen`; groups with a choice open. */
  draw(totals: FilterCounts, chosen: Filters): void {
    this.loaded = true;
    for (const group of this.groups()) {
      const name = group.dataset['filter'] as FilterName;
      const box = group.querySelector<HTMLElement>('[data-filter-values]');
      if (box === null) continue;
      box.replaceChildren();
      const values = ordered(name, Object.keys(totals[name] ?? {}));
      for (const value of values) {
        const label = document.createElement('label');
        label.className = 'search-filter-option';
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = name;
        input.value = value;
        input.checked = chosen[name]?.includes(value) ?? false;
        const count = document.createElement('span');
        count.className = 'search-filter-count';
        count.dataset['count'] = '';
        count.textContent = ` (${totals[name]?.[value] ?? 0})`;
        label.append(input, value, count);
        box.append(label);
      }
      if ((chosen[name]?.length ?? 0) > 0) group.open = true;
    }
  }

  /** Show how many of the current results each value holds. */
  count(counts: FilterCounts): void {
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[input.name]?.[input.value];
      const span = input.parentElement?.querySelector('[data-count]');
      if (span && n !== undefined) span.textContent = ` (${n})`;
    }
  }

  /** The values ticked, by filter. */
  chosen(): Filters {
    const filters: Filters = {};
    for (const name of FILTER_NAMES) {
      const values = [...this.root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
      if (values.length > 0) filters[name] = values;
    }
    return filters;
  }
}
