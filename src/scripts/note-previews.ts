/**
 * Note previews: hovering, focusing or tapping a note call shows the note in a
 * popover beside it, links usable; Escape or a tap outside closes it. Without
 * JavaScript the call stays a plain link to the note (and back).
 * At load, each call is described by its note's first paragraph
 * (`aria-describedby`): a screen reader reads the note with the call, without
 * the page repeating an id and a reference per note.
 */
import { NOTE_BACKREF, NOTE_CALL, noteTextId } from '../lib/note-markup';

/** The note a call points to. */
const noteOf = (call: HTMLAnchorElement): HTMLElement | null => document.getElementById(decodeURIComponent(call.hash.slice(1)));

/** Describes each call by the first paragraph of its note (its text, without the way back). */
export function describeNoteCalls(calls: Iterable<HTMLAnchorElement>): void {
  for (const call of calls) {
    const note = noteOf(call);
    const text = note?.querySelector('p');
    if (!note || !text) continue;
    text.id ||= noteTextId(note.id);
    call.setAttribute('aria-describedby', text.id);
  }
}

export function initNotePreviews(): void {
  const calls = document.querySelectorAll<HTMLAnchorElement>(NOTE_CALL);
  if (calls.length === 0) return;
  describeNoteCalls(calls);
  const popover = document.createElement('div');
  popover.className = 'note-preview';
  popover.id = 'apercu-note';
  popover.setAttribute('role', 'note');
  popover.hidden = true;
  popover.dataset['pagefindIgnore'] = '';
  document.body.appendChild(popover);

  let owner: HTMLAnchorElement | null = null;
  let hideTimer = 0;
  let touched = false;
  let openBeforeTouch = false;
  let suppressFocus = false;

  const place = (call: HTMLElement): void => {
    const r = call.getBoundingClientRect();
    const width = Math.min(448, innerWidth * 0.92);
    const left = Math.max(8, Math.min(r.left + scrollX - width / 2, scrollX + innerWidth - width - 8));
    popover.style.left = `${left}px`;
    popover.style.top = `${r.bottom + scrollY + 8}px`;
    popover.style.width = `${width}px`;
  };

  const show = (call: HTMLAnchorElement): void => {
    clearTimeout(hideTimer);
    const note = noteOf(call);
    if (!note) return;
    const body = note.cloneNode(true) as HTMLElement;
    body.removeAttribute('id');
    for (const el of body.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const el of body.querySelectorAll(NOTE_BACKREF)) el.remove();
    const number = document.createElement('span');
    number.className = 'note-preview__number';
    number.textContent = `${call.textContent ?? ''}.`;
    popover.replaceChildren(number, ...Array.from(body.childNodes));
    popover.hidden = false;
    owner = call;
    call.setAttribute('aria-expanded', 'true');
    place(call);
  };

  const hide = (): void => {
    popover.hidden = true;
    owner?.setAttribute('aria-expanded', 'false');
    owner = null;
  };
  const hideSoon = (): void => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  };

  for (const call of calls) {
    call.setAttribute('aria-expanded', 'false');
    call.setAttribute('aria-controls', popover.id);
    call.addEventListener('mouseenter', () => show(call));
    call.addEventListener('mouseleave', hideSoon);
    call.addEventListener('focus', () => {
      if (!suppressFocus) show(call);
    });
    call.addEventListener('blur', (e) => {
      if (!popover.contains(e.relatedTarget as Node)) hideSoon();
    });
    call.addEventListener(
      'touchstart',
      () => {
        touched = true;
        openBeforeTouch = owner === call && !popover.hidden;
      },
      { passive: true },
    );
    call.addEventListener('click', (e) => {
      // A tap opens the preview first; a second tap on the same call follows the link.
      if (touched && !openBeforeTouch) {
        e.preventDefault();
        show(call);
      }
      touched = false;
    });
  }
  popover.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', hideSoon);
  popover.addEventListener('focusout', (e) => {
    if (!popover.contains(e.relatedTarget as Node) && e.relatedTarget !== owner) hideSoon();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && owner) {
      const back = owner;
      hide();
      suppressFocus = true;
      back.focus({ preventScroll: true });
      suppressFocus = false;
    }
  });
  document.addEventListener('click', (e) => {
    const target = e.target as Node;
    if (owner && !popover.contains(target) && !owner.contains(target)) hide();
  });
}
