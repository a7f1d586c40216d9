/**
 * Sidenotes: on wide screens, a copy of each note stands in the margin beside
 * its call (Tufte style). The copies are made here from the GFM notes at the
 * end of the page, so the HTML carries each note once; they are hidden from
 * assistive technology (the call already points to its note) and their links
 * are out of the tab order. Without JavaScript, the notes stay at the end.
 */
import { NOTE_BACKREF, NOTE_CALL } from '../lib/note-markup';

const WIDE = '(min-width: 75rem)';

function copyOf(note: HTMLElement, number: string): HTMLElement {
  const side = document.createElement('span');
  side.className = 'sidenote';
  side.setAttribute('aria-hidden', 'true');
  side.dataset['pagefindIgnore'] = '';
  const label = document.createElement('span');
  label.className = 'sidenote-numero';
  label.textContent = `${number}.`;
  side.append(label, ' ');
  for (const block of Array.from(note.children)) {
    const copy = block.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll(NOTE_BACKREF)) el.remove();
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const a of copy.querySelectorAll('a')) a.tabIndex = -1;
    side.append(...Array.from(copy.childNodes), ' ');
  }
  return side;
}

function build(): void {
  for (const call of document.querySelectorAll<HTMLAnchorElement>(`.prose ${NOTE_CALL}`)) {
    const sup = call.parentElement!;
    if (sup.nextElementSibling?.classList.contains('sidenote') || sup.closest('table')) continue;
    const note = document.getElementById(decodeURIComponent(call.hash.slice(1)));
    if (note) sup.after(copyOf(note, call.textContent ?? ''));
  }
}

export function initSidenotes(): void {
  const wide = matchMedia(WIDE);
  if (wide.matches) build();
  else wide.addEventListener('change', (e) => e.matches && build(), { once: true });
}
