/**
 * A chapter's « Repères »: its events of the chronology, as the box of its page shows them. The
 * chapter page carries only the box's summary; the list is a data file per chapter
 * (src/pages/chapitres/[slug]/reperes.json.ts) that src/scripts/reperes.ts fetches when the box
 * opens. Date and text arrive set in French typography, cut into pieces (the raised letters of
 * ordinals apart), so that the browser builds the list without parsing HTML. Pure.
 */
import type { ChronologyEvent } from '../content/schemas';
import { formatPartialDate } from './dates';
import type { TextPiece } from './ordinals';
import { frenchPieces } from './typography';

export interface Repere {
  /** The event's partial date as written ("2023-10-01"), for `<time datetime>`. */
  datetime: string;
  /** The date as read (« 1er octobre 2023 »), in pieces. */
  date: TextPiece[];
  /** The event, in pieces. */
  text: TextPiece[];
  /** The id of the chapter's section that tells the event. */
  anchor: string;
}

/** A chapter's events as the entries of its « Repères », in their order. */
export function reperes(events: readonly { data: ChronologyEvent }[]): Repere[] {
  return events.map(({ data }) => ({ datetime: data.date, date: frenchPieces(formatPartialDate(data.date)), text: frenchPieces(data.text), anchor: data.anchor }));
}
