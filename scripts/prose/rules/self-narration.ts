/**
 * The dossier never narrates its own work, in the text or in the notes: no « le dossier n’a pas
 * pu… », « les sources consultées », « nous n’avons pas trouvé ». Say what is known, and who says it; what no source
 * establishes is said as a fact about the sources (« aucune source publiée n’en donne le chiffre »).
 */
import type { TextlintRuleReporter } from '@textlint/types';
import { isQuoted, proseBlocks, proseText, wordPattern } from '../text.ts';
import { reportRange } from './report.ts';

const PATTERNS: { re: RegExp; what: string }[] = [
  { re: wordPattern('(?:le|ce|du|au|présent) dossier'), what: 'le dossier se nomme lui-même' },
  { re: wordPattern('sources? (?:consultées?|retenues?|retrouvées?|recoupées?)'), what: 'les sources consultées' },
  { re: wordPattern('vérification des faits|recherches? documentaires?|date de (?:la )?rédaction'), what: 'le travail de rédaction' },
  { re: wordPattern('nous|notre|nos'), what: 'la première personne' },
  { re: wordPattern('(?:pas pu|pu ni) (?:être )?(?:recouper|recoupée?s?|vérifier|vérifiée?s?|relire|confirmer|retrouver)'), what: 'une vérification racontée' },
];

export const selfNarration: TextlintRuleReporter = (context) => ({
  Document(node) {
    for (const block of proseBlocks(node, { notes: true })) {
      const prose = proseText(block);
      for (const { re, what } of PATTERNS) {
        for (const m of prose.text.matchAll(re)) {
          // First-person words in a quotation or a title (italics) belong to their author.
          if (what === 'la première personne' && isQuoted(prose, m.index, m.index + m[0].length)) continue;
          const start = prose.offsets[m.index]!;
          const end = prose.offsets[m.index + m[0].length - 1]! + 1;
          reportRange(
            context,
            block,
            start,
            end,
            `le texte raconte le travail du dossier (${what}) : « ${m[0]} » → Correction : dites ce que l’on sait et qui le dit, sans parler du dossier ni de ses recherches.`,
          );
        }
      }
    }
  },
});
