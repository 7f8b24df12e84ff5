// The gallery: the chapter's examples by section, in index.json's order, each with its title and
// what to watch for; examples the language cannot run yet are greyed out with the reason.
import { findScenario, sections, type Scenario } from './scenarios';

export class Gallery {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    root: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    const fragment = document.createDocumentFragment();
    for (const section of sections()) {
      const heading = document.createElement('h2');
      heading.textContent = section.name;
      const list = document.createElement('ul');
      for (const scenario of section.items) list.append(this.item(scenario));
      fragment.append(heading, list);
    }
    root.append(fragment);
  }

  private item(scenario: Scenario): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'example';
    button.dataset.id = scenario.id;
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = scenario.title;
    if (scenario.book) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'book';
      const twin = scenario.twin ? findScenario(scenario.twin) : undefined;
      badge.title = twin ? `first-edition listing; modern twin: ${twin.id}` : 'first-edition listing';
      title.append(badge);
    }
    button.append(title);
    if (scenario.available) {
      const watch = document.createElement('span');
      watch.className = 'watch';
      watch.textContent = scenario.watch;
      button.append(watch);
      button.title = scenario.watch;
      button.addEventListener('click', () => this.onSelect(scenario.id));
    } else {
      const reason = document.createElement('span');
      reason.className = 'reason';
      reason.textContent = `Not available yet: ${scenario.reason}`;
      button.append(reason);
      button.disabled = true;
      button.title = `${scenario.watch}\n\nNot available yet: ${scenario.reason}`;
      button.setAttribute('aria-disabled', 'true');
    }
    this.buttons.set(scenario.id, button);
    item.append(button);
    return item;
  }

  /** Marks `id` as the current example (null: none, e.g. shared code of no example). */
  select(id: string | null): void {
    for (const [buttonId, button] of this.buttons) {
      button.setAttribute('aria-current', String(buttonId === id));
    }
    const button = id ? this.buttons.get(id) : undefined;
    if (button) requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest' }));
  }
}
