/** The site's main sections, in the order of the header. Only pages that exist are listed. */
import { fr } from '../i18n/fr';
import { url } from './urls';

export interface NavItem {
  label: string;
  href: string;
}

export function navigation(): NavItem[] {
  return [
    { label: fr.nav.chapters, href: url() },
    { label: fr.nav.chronology, href: url('chronologie/') },
    { label: fr.nav.glossary, href: url('glossaire/') },
    { label: fr.nav.map, href: url('carte/') },
    { label: fr.nav.sources, href: url('sources/') },
    { label: fr.nav.search, href: url('recherche/') },
    { label: fr.nav.print, href: url('imprimer/') },
  ];
}
