// The chapter gallery: web/scenarios/index.json in display order, with each scenario's source
// bundled into the page (no fetch at run time).
import index from '../scenarios/index.json';

export interface Scenario {
  id: string;
  file: string | null;
  section: string;
  title: string;
  watch: string;
  book: boolean;
  twin: string | null;
  available: boolean;
  reason: string;
  /** The listing as shipped; '' when not available. */
  source: string;
}

/** An entry of index.json: a scenario without its source, its reason optional. */
type IndexEntry = Omit<Scenario, 'source' | 'reason'> & { reason?: string };

const sources = import.meta.glob('../scenarios/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function sourceOf(file: string | null): string {
  if (!file) return '';
  return sources[`../scenarios/${file}`] ?? '';
}

export const scenarios: readonly Scenario[] = (index as IndexEntry[]).map((entry) => ({
  ...entry,
  available: entry.available && sourceOf(entry.file) !== '',
  reason: entry.reason ?? (entry.available ? 'its listing is missing' : ''),
  source: sourceOf(entry.file),
}));

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}

/** The first available scenario: what the page opens with. */
export function defaultScenario(): Scenario {
  return findScenario('spinner_asyncio') ?? scenarios.find((s) => s.available) ?? scenarios[0];
}

/** Sections in display order, each with its scenarios. */
export function sections(): { name: string; items: Scenario[] }[] {
  const out: { name: string; items: Scenario[] }[] = [];
  for (const scenario of scenarios) {
    const last = out[out.length - 1];
    if (last && last.name === scenario.section) last.items.push(scenario);
    else out.push({ name: scenario.section, items: [scenario] });
  }
  return out;
}

/** A book listing starts with `# tulip: book`. */
export function isBookSource(source: string): boolean {
  const firstLine = source.split('\n', 1)[0] ?? '';
  return /^#\s*tulip:\s*book\b/.test(firstLine);
}
