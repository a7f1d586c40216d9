/**
 * The « Repères » box's list, fetched the first time the box opens (or at once if it is open
 * already) from the chapter's data file (src/lib/reperes.ts) and built with DOM calls in place of
 * the link to the chronology. If the file cannot be had, the link stays; the next opening tries again.
 */
import type { Repere } from '../lib/reperes';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]>, children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** Text pieces as nodes, the raised letters of ordinals in `<sup class="ordinal">` as on the page. */
const pieces = (list: Repere['text']): (Node | string)[] => list.map((p) => (p.raised ? element('sup', { className: 'ordinal' }, [p.text]) : p.text));

/** `<dl>` of dates (`<dt><time>`) and events linked to their sections (`<dd><a href="#…">`). */
function definitionList(entries: Repere[]): HTMLDListElement {
  return element(
    'dl',
    {},
    entries.flatMap((e) => [
      element('dt', {}, [element('time', { dateTime: e.datetime }, pieces(e.date))]),
      element('dd', {}, [element('a', { href: `#${e.anchor}` }, pieces(e.text))]),
    ]),
  );
}

export function initReperes(): void {
  const box = document.querySelector<HTMLDetailsElement>('details[data-reperes]');
  const fallback = box?.querySelector('[data-reperes-fallback]');
  if (!box || !fallback) return;
  /** Set while the list is on its way, and for good once it is in place. */
  let asked = false;
  const load = async (): Promise<void> => {
    if (asked || !box.open) return;
    asked = true;
    try {
      const response = await fetch(box.dataset['reperes'] ?? '');
      if (!response.ok) throw response;
      fallback.replaceWith(definitionList((await response.json()) as Repere[]));
    } catch {
      asked = false; // the link to the chronology stays; the next opening tries again
    }
  };
  box.addEventListener('toggle', load);
  void load();
}
