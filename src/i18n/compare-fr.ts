// Ce qu’une demande de comparaison a de faux, en français (core/compare/problems.ts) : les
// structures, graines et indicateurs demandés, et l’écriture d’un balayage ou d’un échantillon.
import type { CompareProblemKind } from '../core/index.ts';

/** Le chemin parcouru jusque-là ; vide pour le scénario lui-même. */
const WHERE = '{has_where, select, yes {{where}} other {le scénario}}';

export const COMPARE_FR: Readonly<Record<CompareProblemKind, string>> = {
  // ── ce qui est comparé ──
  'problem.compare.seeds-none': 'indiquez au moins une graine',
  'problem.compare.seeds-count':
    'le nombre de graines est un nombre entier à partir de 1, pas {got}',
  'problem.compare.structure-unknown':
    'aucune structure « {structure} » dans le scénario {scenario} ; ses structures : {known}',
  'problem.compare.structure-twice': 'la structure « {structure} » est indiquée deux fois',
  'problem.compare.metric-unknown':
    'aucun indicateur « {metric} » ; les indicateurs sont : {metrics}',
  'problem.compare.sample-without-sweep':
    'un échantillon a besoin de quelque chose à faire varier : ajoutez --sweep chemin=bas..haut ou une liste',
  'problem.compare.range-unsampled':
    'le balayage « {path} » est un intervalle ({range}) : un intervalle s’échantillonne, ajoutez --sample lhs:N ou random:N',
  'problem.compare.raw-missing':
    'un balayage a besoin du scénario tel qu’il est écrit (options.source : son texte et son fichier), pour y appliquer ses valeurs et les vérifier',
  'problem.compare.sweep-twice':
    'le balayage « {path} » est donné deux fois : réunissez toutes ses valeurs en un seul',
  'problem.compare.sweep-invalid': 'avec {assignments}, le scénario n’est pas valide : {why}',
  // ── l’écriture d’un balayage ──
  'problem.compare.sweep-form':
    'un balayage s’écrit chemin=valeur1,valeur2,…, par exemple « actors.bn-east.teams=1,2,3 » ; reçu {gotJson}',
  'problem.compare.sweep-values':
    'le balayage « {path} » attend après « = » une liste de valeurs séparées par des virgules, aucune vide',
  'problem.compare.path-empty-step': 'le chemin de balayage {pathJson} a une étape vide',
  'problem.compare.path-step':
    'impossible de lire l’étape {stepJson} du chemin {pathJson} : les étapes sont séparées par « . » et un élément d’une liste se choisit avec [id], par exemple « structures.hub.links[ocha>hc].latency »',
  'problem.compare.nothing-to-change': 'balayage « {path} » : rien à changer',
  'problem.compare.path': 'balayage « {path} » : {why}',
  'problem.compare.path.not-a-list': `${WHERE} n’est pas une liste`,
  'problem.compare.path.list-of-values': `${WHERE} est une liste de valeurs, pas d’éléments avec un id ; donnez-la en entier, par exemple « ${WHERE}=[a,b],[a] »`,
  'problem.compare.path.no-item-has': `aucun élément de ${WHERE} n’a {rest}{has_first, select, yes { (premier élément : {first})} other {}}`,
  'problem.compare.path.no-item': `${WHERE} n’a pas d’élément {tokenJson} ; ses éléments : {has_known, select, yes {{known}} other {(aucun)}} (ou « * » pour tous)`,
  'problem.compare.path.a-value': `${WHERE} est une valeur, pas un bloc avec des champs ; arrêtez le chemin là`,
  'problem.compare.path.no-field': `${WHERE} n’a pas de champ {tokenJson} ; ses champs sont {has_fields, select, yes {{fields}} other {(aucun)}}`,
  'problem.compare.path.whole-block': `${WHERE} est un bloc entier ; nommez l’un de ses champs`,
  'problem.compare.path.not-written': `${WHERE} n’a pas de {tokenJson} écrit dans le fichier ; un balayage change des valeurs qui s’y trouvent`,
  // ── les plans échantillonnés ──
  'problem.compare.sample-form':
    'un échantillon s’écrit type:nombre, le type étant lhs ou random, par exemple « lhs:200 » ; reçu {gotJson}',
  'problem.compare.range-backwards':
    'l’intervalle {range} est à l’envers : écrivez d’abord la borne basse',
};
