/**
 * Questions a reader types, each with the sections of the dossier that answer it
 * (`chapter slug#anchor`; any one of them counts). Written from what the
 * chapters tell, in the words a student, a journalist or a diplomat would use,
 * in French, English or the parties' spellings; not copied from section titles.
 * Used by the relevance test (tests/e2e/search-relevance.spec.ts) and by
 * `npm run bench`.
 */
export interface Question {
  q: string;
  answers: readonly string[];
}

const c1 = '1-epoque-sovietique';
const c2 = '2-reveil-armenien';
const c3 = '3-guerre-1992-1994';
const c4 = '4-cessez-le-feu-gele';
const c5 = '5-guerre-des-44-jours';
const c6 = '6-epilogue';

export const QUESTIONS: readonly Question[] = [
  // Chapter 1
  { q: 'affrontements arméno-tatars 1905', answers: [`${c1}#les-affrontements-armeno-tatars-de-1905-1906`] },
  { q: 'bataille de Sardarapat', answers: [`${c1}#sardarapat-bach-abaran-et-karakilisa`] },
  { q: 'Sultanov gouverneur général', answers: [`${c1}#l-arbitrage-britannique-et-le-gouverneur-sultanov`] },
  { q: 'massacre de Chouchi 1920', answers: [`${c1}#chouchi-mars-1920`] },
  { q: 'Shusha 1920', answers: [`${c1}#chouchi-mars-1920`] },
  { q: 'Kavburo 5 juillet 1921', answers: [`${c1}#les-decisions-du-kavburo-de-juillet-1921`] },
  { q: 'traité de Kars 1921', answers: [`${c1}#les-traites-de-moscou-et-de-kars`] },
  { q: 'recensement 1979 population arménienne', answers: [`${c1}#une-demographie-disputee-1926-1979`] },
  // Chapter 2
  { q: 'vote du soviet régional février 1988', answers: [`${c2}#le-vote-du-20-fevrier-1988`] },
  { q: 'Sumgait pogrom', answers: [`${c2}#le-pogrom-de-soumgait`] },
  { q: 'séisme Spitak', answers: [`${c2}#le-seisme-de-spitak-et-les-arrestations`] },
  { q: 'Volski administration spéciale', answers: [`${c2}#l-administration-speciale-de-1989`] },
  { q: 'Janvier noir', answers: [`${c2}#janvier-noir`] },
  { q: 'opération Koltso', answers: [`${c2}#l-operation-anneau-1991`] },
  // Chapter 3
  { q: 'Xocalı', answers: [`${c3}#khodjaly-25-26-fevrier-1992`, `${c3}#combien-de-morts`] },
  { q: 'Khojaly nombre de morts', answers: [`${c3}#combien-de-morts`, `${c3}#khodjaly-25-26-fevrier-1992`] },
  { q: 'massacre de Maraga', answers: [`${c3}#maraga-10-avril-1992`] },
  { q: 'médiation de l’Iran 1992', answers: [`${c3}#la-mediation-iranienne-et-le-communique-de-teheran`] },
  { q: 'prise de Chouchi mai 1992', answers: [`${c3}#chouchi-et-latchine-mai-1992`] },
  { q: 'Karvatchar', answers: [`${c3}#l-hiver-1992-1993-et-kelbajar`] },
  { q: 'Kalbajar 1993', answers: [`${c3}#l-hiver-1992-1993-et-kelbajar`, `${c3}#la-resolution-822`] },
  { q: 'résolution 822', answers: [`${c3}#la-resolution-822`] },
  { q: 'Husseïnov Gandja coup 1993', answers: [`${c3}#juin-1993-coup-de-force-a-bakou`] },
  { q: 'chute d’Aghdam', answers: [`${c3}#aghdam-et-les-districts-du-sud-ete-automne-1993`] },
  { q: 'protocole de Bichkek', answers: [`${c3}#bichkek-et-le-cessez-le-feu-de-mai-1994`] },
  { q: 'Bishkek ceasefire', answers: [`${c3}#bichkek-et-le-cessez-le-feu-de-mai-1994`] },
  // Chapter 4
  { q: 'Ter-Petrossian démission', answers: [`${c4}#les-plans-de-1997-1998-et-la-chute-de-ter-petrossian`] },
  { q: 'Vazgen Sarkissian assassiné', answers: [`${c4}#la-fusillade-du-parlement-armenien-1999`] },
  { q: 'Key West 2001', answers: [`${c4}#key-west-et-la-succession-des-aliev-2001-2003`] },
  { q: 'khatchkars Djoulfa', answers: [`${c4}#djoulfa-la-destruction-d-un-cimetiere`] },
  { q: 'Safarov Budapest', answers: [`${c4}#l-affaire-safarov-2004-2012`] },
  { q: 'principes de Madrid', answers: [`${c4}#les-principes-de-madrid-2007-2009`] },
  { q: 'protocoles de Zurich', answers: [`${c4}#zurich-et-kazan-2009-2011`] },
  { q: 'caviar diplomacy Conseil de l’Europe', answers: [`${c4}#diasporas-lobbies-et-diplomatie-du-caviar`] },
  { q: 'guerre d’avril 2016', answers: [`${c4}#la-guerre-des-quatre-jours-avril-2016`] },
  // Chapter 5
  { q: 'drones Bayraktar', answers: [`${c5}#les-drones`] },
  { q: 'mercenaires syriens', answers: [`${c5}#la-question-des-combattants-syriens`] },
  { q: 'Gandja missiles', answers: [`${c5}#gandja-barda-et-les-villes-azerbaidjanaises`] },
  { q: 'hélicoptère Mi-24 abattu', answers: [`${c5}#l-helicoptere-russe-du-9-novembre`] },
  { q: 'force russe de maintien de la paix', answers: [`${c5}#la-declaration-trilaterale-du-10-novembre-2020`] },
  // Chapter 6
  { q: 'Jermuk 2022', answers: [`${c6}#l-attaque-de-septembre-2022`] },
  { q: 'blocus corridor de Latchine', answers: [`${c6}#le-blocus-du-corridor-de-latchine`] },
  { q: 'Lachin corridor CIJ ordonnance', answers: [`${c6}#les-ordonnances-de-la-cour-internationale-de-justice`] },
  { q: 'explosion dépôt de carburant', answers: [`${c6}#l-explosion-du-depot-de-carburant`] },
  { q: 'Chahramanian décret dissolution', answers: [`${c6}#l-exode-et-la-dissolution-de-la-republique`] },
  { q: 'procès Vardanian', answers: [`${c6}#arrestations-et-proces-des-anciens-dirigeants`] },
  { q: 'route Trump Siounik', answers: [`${c6}#la-route-de-transit-du-siounik`] },
  { q: 'mission d’observation EUMA', answers: [`${c6}#les-missions-d-observation-europeennes`] },
];
