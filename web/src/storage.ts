// Autosave: the edited source of each example in localStorage, and the example last opened.
// Storage may be unavailable (private modes, quotas): every access is guarded.

const SOURCE_PREFIX = 'tulip.source.';
const LAST_EXAMPLE = 'tulip.example';
const CLOCK = 'tulip.clock';

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // full or unavailable: the edit is simply not kept
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // unavailable
  }
}

export function savedSource(exampleId: string): string | null {
  return get(SOURCE_PREFIX + exampleId);
}

export function saveSource(exampleId: string, source: string): void {
  set(SOURCE_PREFIX + exampleId, source);
}

export function clearSavedSource(exampleId: string): void {
  remove(SOURCE_PREFIX + exampleId);
}

export function lastExample(): string | null {
  return get(LAST_EXAMPLE);
}

export function saveLastExample(exampleId: string): void {
  set(LAST_EXAMPLE, exampleId);
}

export function savedClock(): string | null {
  return get(CLOCK);
}

export function saveClock(value: string): void {
  set(CLOCK, value);
}
