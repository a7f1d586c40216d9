/**
 * A chapter's « Repères »: its events of the chronology, as the box of its page shows them. The
 * chapter page carries only the box's summary; the list is a data file per chapter
 * (src/pages/chapitres/[slug]/reperes.json.ts) that src/scripts/reperes.ts fetches when the box
 * opens. Date and text arrive set in French typography, cut into pieces (the raised letters of
 * ordinals apart), so that the browser builds the list without parsing HTML. Pure.
 */
import type { ChronologyEvent } from '../content/schemas';
import { formatPartialDate } from './dates';
import { splitOrdinals, type TextPiece } from './ordinals';
import { frenchTypography } from './typography';

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

/** A string of the data as `<FrenchText>` sets it: French typography, ordinals raised. */
const typeset = (text: string): TextPiece[] => splitOrdinals(frenchTypography(text));

/** The events of the chronology, each in the chapter it names, in the chronology's order. */
export function eventsByChapter<E extends { data: Pick<ChronologyEvent, 'chapter'> }>(events: readonly E[]): Map<string, E[]> {
  const byChapter = new Map<string, E[]>();
  for (const e of events) {
    const list = byChapter.get(e.data.chapter);
    if (list) list.push(e);
    else byChapter.set(e.data.chapter, [e]);
  }
  return byChapter;
}

/** A chapter's events as the entries of its « Repères », in their order. */
export function reperes(events: readonly { data: ChronologyEvent }[]): Repere[] {
  return events.map(({ data }) => ({ datetime: data.date, date: typeset(formatPartialDate(data.date)), text: typeset(data.text), anchor: data.anchor }));
}
