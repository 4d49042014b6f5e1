// Ce que la CLI dit sur stderr autour de ses résultats (progression, erreurs d’usage, notes),
// en français. Les nombres passent par ICU : espace pour les milliers, virgule décimale.
import type { CliMessageKey } from './cli-messages-en';

export const CLI_MESSAGES_FR: Readonly<Record<CliMessageKey, string>> = {
  // ── compare : pendant le travail ──
  'cli.compare.rows-table': 'erreur : --rows {rows} va avec --format csv ou json',
  'cli.compare.size':
    '{structures, plural, one {# structure} other {# structures}} × {seeds, plural, one {# graine} other {# graines}}{points, plural, =0 {} =1 {} other { × {sampled, select, true {{points, number} points échantillonnés} other {{points, number} points de balayage}}}}',
  'cli.compare.comparing':
    'comparaison : {size} = {total, plural, one {# déroulement} other {# déroulements}} {queue, select, true {sur la file de tâches} other {sur {workers, plural, one {# fil} other {# fils}}}} ; Ctrl-C arrête et affiche ce qui est terminé',
  'cli.compare.workers-note':
    'note : --workers {asked, number, ::group-off} dépasse les {cap, number, ::group-off} fils que cette machine peut exécuter à la fois ; {cap, number, ::group-off} sont utilisés',
  'cli.compare.progress':
    "comparaison ['{bar}'] '{value}'/'{total}' déroulements | '{duration_formatted}' écoulé | reste '{eta_formatted}'",
  'cli.compare.stopped':
    'arrêté : {finished, number, ::group-off} déroulements terminés sur {total, number, ::group-off}',
  'cli.compare.wrote':
    '{file} écrit ({runs, plural, one {# déroulement} other {# déroulements}}{partial, select, true {, partiel} other {}})',
  'cli.compare.wrote-stream':
    '{file} écrit ({runs, plural, one {# déroulement} other {# déroulements}} dans l’ordre où ils se sont terminés{partial, select, true {, partiel} other {}})',
  'cli.cannot-write': '{file} : écriture impossible : {why}',
  'cli.compare.run-id-alone':
    'erreur : --run-id nomme un balayage sur la file de tâches : donnez aussi --queue',
  'cli.compare.sample-error': 'erreur : --sample : {why}',
  // ── compare : options et limites ──
  'cli.option.whole':
    '{option} est un nombre entier à partir de {min, number, ::group-off}{has_max, select, yes { et jusqu’à {max, number, ::group-off}} other {}}, comme {example}.',
  'cli.option.at-most': '{option} vaut au plus {max, number} (reçu {got}).',
  'cli.option.above-zero': '{option} est un nombre supérieur à 0, comme 4.',
  'cli.option.port': 'Un numéro de port de 1 à 65535 est attendu, comme 8080.',
  'cli.compare.unknown-metric': 'indicateur inconnu {names} ; les indicateurs sont : {metrics}.',
  'cli.compare.seed-range':
    'les graines {first, number, ::group-off}–{last, number, ::group-off} dépassent {max, number, ::group-off}, la plus grande graine (comme pour run --seed) ; commencez au plus à {start, number, ::group-off}, ou demandez moins de graines',
  'cli.compare.too-many':
    '{size} font {runs, number} déroulements, plus que les {cap, number} qu’une comparaison peut contenir sur cette machine ; prenez moins de graines, de structures ou de valeurs de balayage, ou lancez-la sur la file de tâches (--queue, chaque déroulement vers --format jsonl --out FICHIER)',
  'cli.compare.too-many-queued':
    '{size} font {runs, number} déroulements, plus que les {cap, number} qu’un balayage en file peut contenir ; prenez moins de graines, de structures ou de valeurs de balayage',
  'cli.compare.large-sweep':
    'un balayage en file de {runs, number} déroulements (plus de {cap, number}) ne garde que les synthèses, pas chaque déroulement : écrivez ses déroulements avec --format jsonl --out FICHIER, ou demandez la synthèse en tableau, CSV ou JSON',
  // ── compare : le tableau ──
  'cli.compare.verdict':
    '{verdict, select, better {mieux} worse {moins bien} differs {diffère} other {}}',
  'cli.compare.change': 'Δ {diff} ({low} à {high})',
  'cli.compare.sensitivity':
    'Sensibilité (coefficients de régression standardisés, structure fixée)',
  'cli.compare.how-to-read-sensitivity': `Sensibilité : chaque indicateur est régressé sur les valeurs balayées de tous les déroulements ;
un coefficient de +0,6 signifie qu’un écart-type de plus de cette valeur déplace l’indicateur de
0,6 de son propre écart-type, les autres valeurs et la structure restant fixes. Les plus forts
d’abord. R² est la part de la dispersion de l’indicateur qu’une droite explique : quand il est
faible, les coefficients disent peu de chose.`,
  'cli.compare.no-seeds': '(aucune)',
};
