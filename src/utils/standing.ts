/**
 * The standing of a source, in words and in rules: the short label a reader
 * sees next to a party-tied or relayed source (« presse arménienne »,
 * « relais de Reuters »), and the predicates that the citation checks and the
 * sources report share. Pure: no Astro, no file access.
 */
import { type PartyVoice, partyVoices, type Source, type Voice } from '../content/schemas.ts';
import { fr } from '../i18n/fr.ts';

export function isPartyVoice(voice: Voice): voice is PartyVoice {
  return (partyVoices as readonly Voice[]).includes(voice);
}

/** Whether a source speaks for a party to the conflict (directly or through a relay of a party's text). */
export function speaksForParty(s: Pick<Source, 'voix'>): boolean {
  return isPartyVoice(s.voix);
}

/** The party's label alone: « presse arménienne », « source officielle azerbaïdjanaise ». */
function partyLabel(s: Pick<Source, 'voix' | 'nature'>): string | undefined {
  if (!isPartyVoice(s.voix) || !s.nature) return undefined;
  return fr.standing.natures[s.nature](fr.standing.parties[s.voix]);
}

/**
 * What the reader sees next to the source, or nothing for a neutral source or Wikipedia:
 * « presse arménienne », « relais de Reuters », « relais de Trend, presse azerbaïdjanaise ».
 */
export function standingLabel(s: Pick<Source, 'voix' | 'nature' | 'relais' | 'source'>): string | undefined {
  const party = partyLabel(s);
  const relay = s.relais && s.source ? fr.standing.relay(s.source) : undefined;
  if (relay && party) return `${relay}, ${party}`;
  return relay ?? party;
}

/** An ASCII token for a voice, for data attributes and ids (« azerbaidjanaise », « autre-partie »). */
export function voiceSlug(voice: Voice): string {
  return voice.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
}
