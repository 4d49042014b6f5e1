// Les problèmes propres au chargeur de scénarios, en français (core/scenario/loader-problems.ts) :
// le fichier, son YAML, les messages du schéma, les renvois et les mesures. Les clés, ids et
// mots du format restent tels que le fichier les écrit (« actors », « at »).
import type { LoaderProblemKind } from '../core/index.ts';

const GUESS = '{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}}';
/** « l’acteur », « la zone »… : le nom avec son article défini. */
const THE_THING =
  '{thing, select, actor {l’acteur} area {la zone} structure {la structure} objective {l’objectif} decision {le point de décision} inject {l’inject} meeting {la réunion} event {l’événement} option {l’option} other {{thing}}}';
/** « chaque acteur », « chaque zone »… */
const EACH_THING =
  '{thing, select, actor {chaque acteur} area {chaque zone} structure {chaque structure} objective {chaque objectif} decision {chaque point de décision} inject {chaque inject} meeting {chaque réunion} event {chaque événement} option {chaque option} other {chaque {thing}}}';
const KIND =
  '{kind_key, select, military {une unité militaire} police {la police des Nations Unies} humanitarian {un acteur humanitaire} civilian {un civil de la mission} host_police {une unité de police de l’État hôte} other {{kind}}}';

export const LOADER_FR: Readonly<Record<LoaderProblemKind, string>> = {
  // ── les messages du schéma ──
  'problem.schema.id-too-long': 'un id compte au plus 64 caractères',
  'problem.schema.id-pattern':
    'un id est fait de mots courts en minuscules reliés par des traits d’union, comme « bn-east » ou « ocha-hub »',
  'problem.schema.duration':
    'une durée s’écrit comme « 45m », « 2h », « 1h30m » ou « 3d », et ne dépasse pas 366d',
  'problem.schema.time':
    'une heure s’écrit « T+hh:mm » depuis le début de l’exercice, comme « T+06:30 » ou « T+49:15 »',
  'problem.schema.probability': 'une probabilité est comprise entre 0 et 1',
  'problem.schema.text-empty': 'ce texte ne peut pas être vide',
  'problem.schema.support-min':
    'nommez au moins un type de soutien que les mesures d’atténuation permettent',
  'problem.schema.invitee-min': 'une réunion a besoin d’au moins un invité en plus du président',
  'problem.schema.quorum':
    'un quorum est une part des invités de 0 à 1, comme 0.5, ou un nombre d’invités présents à partir de 2, comme 4',
  'problem.schema.link-min': 'une structure a besoin d’au moins une liaison',
  'problem.schema.inject-at-or-when':
    'un inject a besoin d’exactement un des deux : « at » (une heure) ou « when » (une condition)',
  'problem.schema.options-min': 'un point de décision a besoin d’au moins deux options',
  'problem.schema.objectives-min': 'indiquez au moins un objectif d’apprentissage',
  'problem.schema.actors-min': 'un maillage a besoin d’au moins deux acteurs',
  'problem.schema.structures-min': 'définissez au moins une structure de coordination',
  // ── le fichier ──
  'problem.file.utf16':
    'ce fichier est un texte UTF-16 : enregistrez-le en UTF-8 (sous « Enregistrer sous » ou « Encodage »)',
  'problem.file.binary':
    'ce n’est pas un fichier texte (il contient un octet NUL) : un scénario est un texte YAML — est-ce le bon fichier ?',
  'problem.file.not-utf8':
    'ce fichier n’est pas un texte UTF-8 : enregistrez-le en UTF-8 (la plupart des éditeurs proposent « UTF-8 » sous « Enregistrer sous » ou « Encodage »)',
  'problem.file.too-large':
    'ce fichier est trop gros pour un scénario ({size, number, ::.0} Mio ; la limite est de {limit, number, ::.0} Mio) : est-ce le bon fichier ?',
  'problem.file.empty':
    'le fichier est vide : un scénario commence par `version: 1`, puis `id:`, `title:`, `summary:`, `duration:`, `objectives:`, `actors:` et `structures:` (voir scenarios/ pour des exemples)',
  'problem.file.not-mapping':
    'un scénario associe des clés à des valeurs, comme `version: 1` et `id: mon-exercice` chacun sur sa ligne, mais ce fichier contient {list, select, true {une liste (des lignes qui commencent par « - »)} other {seulement la valeur « {value} »}}',
  'problem.file.too-deep':
    "listes et associations sont imbriquées trop profondément ici (plus de {nesting} crochets les uns dans les autres, ou une ligne indentée au-delà de la colonne {indent}) : un scénario n’a besoin que de quelques niveaux ; manque-t-il un « ] » ou un « '}' », ou une ligne est-elle trop indentée ?",
  'problem.file.bug':
    'le scénario n’a pas pu être vérifié à cause d’une erreur de PeaceMesh ({why}) ; merci de la signaler avec ce fichier',
  // ── YAML ──
  'problem.yaml.more':
    'et {more, plural, one {# autre ligne} other {# autres lignes}} avec des erreurs YAML, souvent des échos des précédentes : corrigez d’abord celles-ci',
  'problem.yaml.key-not-scalar':
    'une clé est un seul mot ou un texte, comme `id:`, pas une liste ni une association',
  'problem.yaml.alias-unknown':
    '*{alias} ne renvoie à aucune ancre : définissez « &{alias} » plus haut dans le fichier, ou retirez le « * »',
  'problem.yaml.unreadable':
    'le YAML n’a pas pu être lu : {aliases, select, true {ses alias (« *nom ») se développent en trop de texte : un scénario répète une ancre au plus quelques centaines de fois} other {il n’a pas pu être converti en données (une clé ou une valeur que YAML admet mais qu’un scénario ne peut pas contenir)}}',
  'problem.yaml.duplicate-key':
    'clé « {key} » en double : elle est déjà donnée à la ligne {line} de la même association ; n’en gardez qu’une',
  'problem.yaml.duplicate':
    'cette clé apparaît deux fois dans la même association : n’en gardez qu’une',
  'problem.yaml.tab': 'une tabulation sert à l’indentation : YAML n’indente qu’avec des espaces',
  'problem.yaml.two-pairs':
    'deux paires « clé: valeur » sur une ligne : si c’est un texte qui contient « : », mettez tout le texte entre guillemets ; sinon mettez la clé intérieure sur sa propre ligne, plus indentée',
  'problem.yaml.multiline-key':
    'une clé tient sur une ligne et finit par « : » (manque-t-il un « : », ou un texte n’est-il pas assez indenté ?)',
  'problem.yaml.documents':
    'un fichier de scénario contient un seul document YAML : retirez ce « --- » et ce qui suit, ou mettez-le dans son propre fichier',
  'problem.yaml.tag':
    'YAML : {original} ; les scénarios n’utilisent pas d’étiquettes « ! » : retirez-la, ou mettez la valeur entre guillemets',
  'problem.yaml.unclosed':
    'syntaxe YAML : un guillemet, un crochet ou une accolade n’est pas fermé (le lecteur YAML dit : {original})',
  'problem.yaml.indent':
    'syntaxe YAML : vérifiez l’indentation de cette ligne (le lecteur YAML dit : {original})',
  'problem.yaml.token':
    'syntaxe YAML : « {token} » est inattendu ici (vérifiez l’indentation et le « : » de cette ligne et de la précédente)',
  'problem.yaml.other': 'syntaxe YAML (le lecteur YAML dit : {original})',
  'problem.yaml.unclosed-quote':
    'ce texte entre guillemets n’est jamais fermé : ajoutez le {quote} fermant là où le texte se termine',
  'problem.yaml.unclosed-bracket':
    'ce « {open} » n’est jamais fermé : ajoutez « {close} » en fin de ligne (ou indentez davantage les lignes qui le prolongent)',
  // ── les renvois ──
  'problem.ref.duplicate-id': `id « {id} » en double : ${THE_THING} de la ligne {line} l’a déjà ; donnez à ${EACH_THING} son propre id`,
  'problem.ref.duplicate-serial':
    'numéro d’inject {serial} en double : l’inject de la ligne {line} l’a déjà ; donnez à chaque inject son propre numéro',
  'problem.ref.actor-unknown': `acteur inconnu « {actor} » dans « {field} » ;${GUESS} acteurs connus : {actors}`,
  'problem.ref.no-areas':
    '« area » nomme « {area} », mais ce scénario ne définit aucune zone : ajoutez-la sous « areas: »',
  'problem.ref.area-unknown': `zone inconnue « {area} » dans « area » ;${GUESS} zones connues : {areas}`,
  'problem.ref.after-end':
    '« {field} » : {time} tombe après la fin de cet exercice de {hours, plural, =0 {{length}} other {# h}} ; donnez une heure jusqu’à {end} ou allongez « duration »',
  'problem.ref.not-positive':
    '« {field} » doit durer plus de 0 min : {why, select, exercise {l’exercice a besoin de temps pour se dérouler} recur {une réunion ne peut pas se répéter sans pause} postpone {une séance reportée doit passer à plus tard} reassess {un district jugé non prêt est réévalué plus tard} phase {chaque phase d’une passation prend du temps} review {les revues de suivi se répètent} patrol {une patrouille prend du temps} other {{why}}}',
  'problem.ref.covers': `« covers » est réservé aux unités de police de l’État hôte (kind: host-police) ; « {actor} » est ${KIND}`,
  'problem.ref.fact-unit': `un fait de police de l’État hôte nomme « {unit} », qui est ${KIND} : nommez une unité de police de l’État hôte`,
  'problem.ref.kind': `« {field} » doit être {wanted_key, select, host_police_hrddp {une unité de police de l’État hôte (la politique de diligence voulue en matière de droits de l’homme concerne le soutien des Nations Unies aux forces de sécurité non onusiennes)} host_police {une unité de police de l’État hôte} un_unit {une unité des Nations Unies (militaire ou de police)} other {{wanted}}}, mais « {actor} » est ${KIND}`,
  'problem.ref.structure-unknown': `structure inconnue « {structure} » dans « defaultStructure » ;${GUESS} structures connues : {structures}`,
  'problem.ref.link-nowhere': `liaison vers nulle part : acteur inconnu « {actor} » dans « {end} » ;${GUESS} acteurs connus : {actors}`,
  'problem.ref.jitter':
    '« jitter » {jitter} dépasse de loin la latence de cette liaison, {latency} : la gigue est l’écart du délai, au plus {times} fois la latence ou {floor} (ici {maxJitter}) ; augmentez « latency » si les messages sont vraiment si lents',
  'problem.ref.link-itself':
    'une liaison de « {actor} » vers lui-même : « to » doit nommer un autre acteur',
  'problem.ref.chair-invited':
    '« {actor} » préside cette réunion et figure aussi parmi les invités : retirez-le de « invitees »',
  'problem.ref.changes-nothing':
    'ce capacity-change ne change rien : donnez la nouvelle valeur de « capacity », « teams », « certified » ou « respond » de « {actor} »',
  'problem.ref.default-option': `« default » doit être une des options de cette décision, pas « {option} » ;${GUESS} options : {options}`,
  'problem.ref.objective-unknown': `objectif d’apprentissage inconnu « {objective} » dans « objective » ;${GUESS} objectifs connus : {objectives}`,
  'problem.ref.handover-unknown': `« handover » nomme « {handover} », mais aucun événement de passation n’a cet id ;${GUESS} passations : {has_handovers, select, yes {{handovers}} other {aucune}}`,
  'problem.ref.shared-id': `l’id « {id} » {thing, select, actor {de l’acteur} meeting {de la réunion} event {de l’événement} other {de {thing}}} est déjà celui {first, select, actor {de l’acteur} meeting {de la réunion} event {de l’événement} other {de {first}}} de la ligne {line} : acteurs, réunions et événements qu’un déroulement met en route ont chacun besoin de leur propre id`,
  // ── les mesures ──
  'problem.measure.no-kind': 'cette mesure ne dit rien à calculer : donnez-lui l’un de {kinds}',
  'problem.measure.two-kinds':
    'cette mesure est de deux types à la fois ({kinds}) : faites-en une mesure par type',
  'problem.measure.mark-unknown': `marque de journal inconnue « {mark} » dans « {field} » ;${GUESS} marques : {marks}`,
  'problem.measure.not-applicable':
    '« {field} » ne s’applique pas à une mesure « {kind} » : retirez-le',
  'problem.measure.no-bound':
    'une mesure « {kind} » a besoin d’une borne : « atMost », « atLeast » ou les deux',
  'problem.measure.bound':
    '« {field} » : {bound, select, minutes {une borne de temps est une durée, comme « 45m », « 6h » ou « 1h30m »} share {une part est un pourcentage comme « 75% » ou un nombre de 0 à 1} other {un compte est un nombre entier, comme 0 ou 3}} (reçu {value})',
  'problem.measure.no-then': 'une mesure « each » a besoin de « then » : la marque qui doit suivre',
  'problem.measure.no-within':
    'une mesure « each » a besoin de « within » : dans quel délai, comme « 6h »',
  'problem.measure.no-decisions':
    '« decision » nomme « {decision} », mais ce scénario n’a aucun point de décision',
  'problem.measure.decision-unknown': `point de décision inconnu « {decision} » ;${GUESS} points de décision : {decisions}`,
  'problem.measure.no-is':
    'une mesure « decision » a besoin de « is » : l’option attendue, parmi {options}',
  'problem.measure.option-unknown': `« {option} » n’est pas une option de {decision} ;${GUESS} options : {options}`,
  'problem.measure.process-unknown': `processus inconnu « {ref} » dans « ref » ;${GUESS} ids d’événements : {has_ids, select, yes {{ids}} other {aucun}}`,
  'problem.measure.by-unknown': `« by » doit nommer un acteur ou un rôle d’autorité, pas « {by} » ;${GUESS} rôles : {roles} ; acteurs : {actors}`,
};
