// Messages en français (ICU MessageFormat), avec les termes des Nations Unies (docs/GLOSSARY.md).
// Apostrophes typographiques (’) : en ICU, une apostrophe droite devant { ouvre une citation.
// `has_x` vaut "yes" quand le paramètre facultatif `x` est présent ; `x_key` est `x` en clé de
// sélection (« co-located operations » → co_located_operations).
import type { Catalog } from './catalogs';
import { appFr } from './app-fr';
import { REPORT_FR } from './report-fr';
import { LOADER_FR } from './loader-fr';
import { COMPARE_FR } from './compare-fr';
import { CLI_MESSAGES_FR } from './cli-messages-fr';

const BY = (who: string, otherwise: string) =>
  `{has_${who}, select, yes {{${who}}} other {${otherwise}}}`;
const HRDDP =
  '{hrddp, select, cleared {favorable} mitigation {avec mesures d’atténuation} suspended {suspendu} other {non évalué}}';
const FOLLOW_UP = '{followUp, plural, =0 {} one { (relance #)} other { (relance #)}}';

export const fr: Catalog = {
  // ── le moteur ──
  'inject.msel': 'MSEL {serial} ({method}, de {from}) : {text}',
  'inject.live': 'injection en direct : {text}',
  'decision.point': 'point de décision : {prompt}',
  'decision.made':
    '{prompt} → {label} ({chosen, select, true {choisi} other {par défaut}}){has_consequence, select, yes { : {consequence}} other {}}',
  'decision.played': `{forced, select, true {L’EXCON retient la réponse de la doctrine pour {actor} : {option, select, approve {approuver l’escorte à titre exceptionnel} decline {refuser l’escorte} send {envoyer une équipe} refuse {refuser : garder l’équipe} attend {assister} regrets {s’excuser} transfer {transférer {area} à {to}} postpone {reporter : des améliorations sont requises} other {{option}}} ({reason})} other {{actor} (joué) décide : {option, select, approve {approuver l’escorte à titre exceptionnel} decline {refuser l’escorte} send {envoyer une équipe} refuse {refuser : garder l’équipe} attend {assister} regrets {s’excuser} transfer {transférer {area} à {to}} postpone {reporter : des améliorations sont requises} other {{option}}} — doctrine : {doctrine, select, approve {approuver l’escorte à titre exceptionnel} decline {refuser l’escorte} send {envoyer une équipe} refuse {refuser : garder l’équipe} attend {assister} regrets {s’excuser} transfer {transférer {area} à {to}} postpone {reporter : des améliorations sont requises} other {{doctrine}}} ({reason})}}`,
  // ── décisions sur ce que l’on sait (pourquoi, décisions mal informées) ──
  'decision.why':
    '{decider} {decision_key, select, escort_task {{verdict, select, accept {accepte la tâche d’escorte pour} other {refuse la tâche d’escorte pour}}} poc {{verdict, select, none {n’envoie personne sur} other {envoie {verdict} sur}}} handover {{verdict, select, transfer {décide le transfert} other {reporte}}} other {{verdict, select, approve {approuve} other {refuse}}}} {process}. Règles : {rules}. {others}',
  'decision.uninformed':
    '{decider} {decision_key, select, escort_task {{verdict, select, accept {accepte la tâche d’escorte pour} other {refuse la tâche d’escorte pour}}} poc {{verdict, select, none {n’envoie personne sur} other {envoie {verdict} sur}}} handover {{verdict, select, transfer {décide le transfert} other {reporte}}} other {{verdict, select, approve {approuve} other {refuse}}}} {process} : {judged} — {decider} n’a pas reçu {missing}',
  'rule.criterion':
    '{criterion} {holds, select, true {rempli} other {non rempli}}{source, select, scenario { (fixé par le scénario)} other {}}{holds, select, true {{truth, select, true {} other { — en réalité non rempli}}} other {{truth, select, true { — en réalité rempli} other {}}}}{has_read, select, yes { (faits lus : {read})} other {}}{has_missing, select, yes { (non reçus : {missing})} other {}}',
  'rule.judged': '{criterion} jugé {holds, select, true {rempli} other {non rempli}}',
  'fact.missing': '« {summary} » de {from} ({info})',
  'why-not.decline-all-met': 'Pas de refus : chaque critère jugé rempli',
  'why-not.decline-pressure':
    'Pas de refus : approuvée sous la pression bien que {criteria} jugés non remplis',
  'why-not.approve-unmet': 'Pas d’approbation : jugé non rempli : {criteria}',
  'why-not.approve-played': 'Pas d’approbation : le joueur qui tient le décideur a refusé',
  // décisions sur ce que l’on sait : le choix de l’intervenant PoC
  'rule.responder':
    '{unit} {holds, select, true {en mesure d’intervenir} other {hors d’état d’intervenir}}{holds, select, true {{truth, select, true {} other { — en réalité débordée}}} other {{truth, select, true { — en réalité en mesure} other {}}}}{has_read, select, yes { (faits lus : {read})} other {}}{has_missing, select, yes { (non reçus : {missing})} other {}}',
  'rule.judged-able':
    '{unit} jugée {holds, select, true {en mesure d’intervenir} other {hors d’état d’intervenir}}',
  'why-not.poc-later':
    'Pas envoyé en premier : {responders} (plus loin dans l’ordre de la doctrine pour une menace {severity, select, high {élevée} medium {moyenne} other {faible}})',
  'why-not.poc-unable': 'Pas sollicité : {responders} jugé hors d’état d’intervenir',
  'why-not.postpone-ready': 'Pas de report : chaque critère de préparation jugé rempli',
  'why-not.postpone-played': 'Pas de report : le joueur qui tient l’autorité a transféré',
  'why-not.transfer-gaps': 'Pas de transfert : {gaps}',
  'why-not.transfer-played': 'Pas de transfert : le joueur qui tient l’autorité a reporté',
  'exercise.end': 'fin de l’exercice à {at}',
  'process.started': 'démarre ({machine})',
  transition: '{event} : {before} → {after}',
  'message.no-actor': 'impossible d’envoyer « {about} » : aucun acteur « {to} »',
  'message.no-path':
    'impossible d’envoyer « {about} » à {to} : la structure {structure} n’offre aucun chemin depuis {from}',
  'message.sent': 'envoie « {about} » à {to}{has_via, select, yes { via {via}} other {}}',
  'message.lost':
    '« {about} » perdu sur la liaison {channel} {hopFrom} → {hopTo} (fiabilité {reliability, number})',
  'message.unanswered': '« {about} » reste sans réponse chez {by}',
  'message.delivered': '« {about} » traité par {by} après {minutes, number, integer} min',
  'information.reached': '{actor} apprend {info}',
  // ── les composantes ──
  'task.unanswered':
    'pas de réponse à « {about} » : débordé ({workload, plural, one {# tâche} other {# tâches}}, capacité {capacity})',
  'task.taken':
    'prend en charge « {about} » de {from} ({workload} {workload, plural, one {tâche} other {tâches}} sur {capacity})',
  'team.out': 'une {unit} sort ({out} sur {teams} dehors)',
  'team.none': 'aucune {unit} disponible ({out} sur {teams} dehors)',
  'team.refused': 'refuse la demande : aucune {unit} ne sort ({out} sur {teams} dehors)',
  'team.back': 'une {unit} rentre ({out} sur {teams} dehors)',
  'capacity.changed':
    'capacité désormais de {capacity, plural, one {# tâche} other {# tâches}}, {teams, plural, one {# équipe} other {# équipes}}',
  'capacity.changed-certified':
    'capacité désormais de {capacity, plural, one {# tâche} other {# tâches}}, {teams, plural, one {# équipe} other {# équipes}} ; {certified} des agents éligibles certifiés',
  'readiness.initial': `{id} ({role}) état de préparation : {readiness} ; PDVDH ${HRDDP}{mentoring, select, weekly { ; l’encadrement de la Police des Nations Unies certifie {improvement} de plus par semaine} suspended { ; encadrement de la Police des Nations Unies suspendu au titre de la PDVDH} other {}}`,
  'readiness.reported': `{id} rend compte de son état de préparation : {readiness} ; PDVDH ${HRDDP}`,
  'readiness.mentored': `semaine {week} d’encadrement par la Police des Nations Unies : ${BY('certified', '—')} des agents éligibles certifiés`,
  // ── escortes ──
  'escort.stand-down': `${BY('by', 'un fournisseur')} propose une équipe dont on n’a plus besoin : elle est démobilisée`,
  'escort.requested':
    '{requester} doit acheminer « {convoy} » vers {area} (besoin {need}) et examine les solutions de rechange à une escorte armée',
  'escort.alternative':
    'pas de demande d’escorte : {alternative} répond au besoin (CPI : l’escorte armée est un dernier recours)',
  'escort.submitted':
    'aucune solution de rechange ne répond au besoin : escorte armée demandée{has_facilitator, select, yes { par l’intermédiaire de {facilitator}} other {}}',
  'escort.facilitated': '{facilitator} vérifie la demande et la transmet à {decider}',
  'escort.follow-up-facilitator': 'pas de réponse de {facilitator} : {requester} relance',
  'escort.follow-up-decider': 'toujours pas de décision de {decider} : relance envoyée',
  'escort.follow-up-provider': `pas de réponse de ${BY('provider', 'le fournisseur')} à la demande de moyens : {decider} relance`,
  'escort.approved':
    '{decider} approuve une escorte armée à titre exceptionnel : les quatre critères du CPI sont remplis',
  'escort.approved-under-pressure':
    '{decider} approuve sous la pression alors qu’un critère n’est pas rempli : {criteria}',
  'escort.declined': '{decider} refuse, faute de remplir : {criteria}',
  'escort.approved-played':
    '{decider} approuve une escorte armée (doctrine : {doctrine, select, approve {approuver} other {refuser}} — {reason})',
  'escort.declined-played':
    '{decider} refuse l’escorte armée (doctrine : {doctrine, select, approve {approuver} other {refuser}} — {reason})',
  'escort.decision-known':
    '{requester} apprend que l’escorte est {approved, select, true {approuvée} other {refusée}}',
  'escort.tasked': `${BY('provider', 'le fournisseur')} fournit une équipe d’escorte`,
  'escort.provider-refused': `${BY('provider', 'le fournisseur')} n’a aucune équipe disponible : on sollicite ${BY('next', 'le fournisseur suivant')}`,
  'escort.unfilled':
    'aucun fournisseur ne peut escorter « {convoy} » : escorte approuvée non fournie',
  'escort.incident': 'incident de sécurité pendant le mouvement escorté vers {area}',
  'escort.completed': 'mouvement escorté vers {area} terminé',
  'escort.reviewed': 'escorte examinée : le plan de sortie s’applique, les escortes doivent cesser',
  'escort.lock-in-risk':
    'escorte examinée : pas de plan de sortie — risque que les escortes deviennent la règle',
  'escort.stalled':
    'demande d’escorte {id} bloquée : aucune décision après {attempts, plural, one {# tentative} other {# tentatives}}',
  // ── notifications et informations ──
  'notification.sent':
    '{by} notifie le mouvement de « {convoy} » vers {area} : à titre d’information, sans autorisation requise',
  'notification.received': `notification reçue par ${BY('by', 'le destinataire')}`,
  'information.sent': '{from} transmet « {summary} » à {to}',
  'information.received': `reçu par ${BY('by', '?')}{all, select, true { : tous l’ont reçu} other {}}`,
  // ── réunions ──
  'meeting.scheduled':
    '{name} : présidée par {chair}, {invited, plural, one {# invité} other {# invités}}, première séance {first}{has_every, select, yes {, puis à intervalle de {every}} other { (séance unique)}}, quorum {quorum}',
  'meeting.late-reply': `réponse tardive de ${BY('by', 'un invité')} : le tour d’invitations est clos, compté absent`,
  'meeting.minutes-read': `compte rendu de la séance {session} lu par ${BY('by', 'un absent')}`,
  'meeting.cannot-reach': `${BY('who', 'un invité')} ne peut être joint par {minutes, select, true {le compte rendu} other {la réunion}}`,
  'meeting.invited':
    '{chair} invite {invitees} à la réunion « {name} » à {start} (séance {session}{round, plural, =0 {} =1 {} other {, tour d’invitations #}})',
  'meeting.reply': `${BY('by', 'un invité')} {accepted, select, true {participera} other {s’excuse : surchargé}}`,
  'meeting.unreachable': `${BY('who', 'un invité')} est injoignable : l’invitation ne trouve aucun chemin, compté absent`,
  'meeting.held':
    '{name}, séance {session} tenue : {present} {present, plural, one {invité présent} other {invités présents}} sur {invited}, quorum {quorum}{has_absent, select, yes { ; absents : {absent}} other {}}',
  'meeting.postponed':
    '{name} reportée : {present} {present, plural, one {invité présent} other {invités présents}} sur {invited}, quorum {quorum} ; {merged, select, true {{tries, plural, =0 {} one {déjà reportée une fois, } other {déjà reportée # fois, }}fusionnée avec la prochaine séance ordinaire à {next}} other {reprise à {next}}}',
  'meeting.cancelled':
    '{name} annulée : {present} {present, plural, one {invité présent} other {invités présents}} sur {invited}, quorum {quorum}, et aucune séance ultérieure n’est prévue',
  'meeting.ended':
    '{name}, fin de la séance {session} : {has_absent, select, yes {compte rendu adressé à {absent}} other {tous les invités étaient présents, pas de compte rendu à envoyer}} ; {has_next, select, yes {prochaine séance {next}} other {la série est terminée}}',
  // ── protection des civils ──
  'poc.copy-received': 'un autre exemplaire du rapport sur {id} parvient à {by}',
  'poc.informed': `${BY('by', 'un acteur')} est informé de {id}`,
  'poc.stand-down': `${BY('by', 'un intervenant')} propose une équipe trop tard pour {id} : elle est démobilisée`,
  'poc.late-answer': `réponse tardive de ${BY('by', 'un intervenant')} : déjà réglé`,
  'poc.team-free': `l’équipe de ${BY('by', 'l’intervenant')} est de nouveau disponible`,
  'poc.cannot-tell': `${BY('to', 'un acteur')} ne peut être informé de {id} : aucun chemin dans cette structure`,
  'incident.occurred':
    '{reporter} est témoin de {id} à {area} (gravité {severity}{threatToCivilians, select, true {, menace pour les civils} other {, pas de menace pour les civils}}) : {summary}',
  'poc.follow-up-report': 'pas d’accusé de réception de {hub} : {reporter} signale à nouveau {id}',
  'poc.follow-up-referral':
    'pas d’accusé de réception de {decider} : {hub} saisit à nouveau pour {id}',
  'poc.follow-up-tasking': `pas de réponse de ${BY('responder', '?')} : {decider} relance la demande de moyens`,
  'poc.aware':
    '{hub} a connaissance de {id}{has_informs, select, yes { et en informe {informs}} other {}}',
  'poc.not-required':
    '{hub} enregistre {id} : pas de menace pour les civils, aucune intervention de protection des civils n’est requise',
  'poc.decided': `{decider} décide : ${BY('responder', '?')} intervient {instead, select, true {à la place} other {pour {id}}} ({preferred, select, true {{unit_key, select, military {menace élevée : la composante militaire pour la protection physique} police {menace moyenne : la Police des Nations Unies pour le maintien de l’ordre} other {menace faible : la police de l’État hôte, à qui incombe la responsabilité première, est en mesure d’intervenir}}} other {menace {severity} : les intervenants privilégiés ne sont pas disponibles, suivant dans l’ordre}})`,
  'poc.decided-played': `{decider} décide : ${BY('responder', '?')} intervient pour {id} (doctrine : {doctrine} — {reason})`,
  'poc.tasked': `${BY('responder', '?')} envoie une équipe à {area} (à environ {travel})`,
  'poc.refused': `${BY('responder', '?')} n’a aucune équipe disponible pour {id}`,
  'poc.no-path': `{decider} n’a aucun chemin vers ${BY('responder', '?')}`,
  'poc.never-answered': `${BY('responder', '?')} n’a jamais répondu à la demande de moyens pour {id}`,
  'poc.responded': `l’équipe de ${BY('responder', '?')} est sur place à {area} : civils protégés`,
  'poc.closed': `l’équipe de ${BY('responder', '?')} quitte {area} après {onSite} et rentre à la base`,
  'poc.unanswered': '{id} sans réponse : {reason}',
  // ── passations ──
  'handover.started':
    '{flow_key, select, military_to_police {passation de {area} de {from} à {to} : évaluation conjointe → planification conjointe → opérations en colocalisation → transfert d’autorité → suivi ({authority} décide)} other {passation de {area} de {from} à {to} selon les critères de préparation : auto-évaluation → évaluation conjointe sur le terrain → décision conjointe de {authority}}}',
  'handover.briefed':
    '{late, select, true {le dossier de renseignement sur {area} ne parvient à {to} qu’après le transfert} other {{to} reçoit de {from} le dossier de renseignement sur {area}}}',
  'handover.review-noted':
    'examen de {area} après « {reason} » (gravité {severity}) noté : rien n’a encore été transféré',
  'handover.briefing-cut':
    'aucun chemin dans cette structure de {from} à {to} : le dossier de renseignement sur {area} ne peut être transmis',
  'handover.no-path':
    'la passation de {area} ne peut se poursuivre : aucun chemin dans cette structure vers {to}',
  'handover.no-path-after': 'aucun chemin vers {to} : {area} reste à {holder} sans examen',
  'handover.late-answer': `{event} de ${BY('by', 'un acteur')} arrive après cette étape de la passation de {area} : rien à faire`,
  'handover.follow-up':
    '{step_key, select, convening {pas de réponse de {asked} à l’évaluation conjointe : {asker} relance} plan {pas de réponse de {asked} sur le plan conjoint : {asker} relance} co_location {pas de nouvelles de {asked} sur la colocalisation : {asker} relance} authorisation {pas de décision de {asked} sur le transfert d’autorité : relance envoyée} assuming {pas de réponse de {asked} sur la prise en charge de {area} : {asker} relance} self_assessment {toujours pas d’auto-évaluation de {asked} : {asker} relance} field_assessment {pas de réponse de {asked} sur l’évaluation conjointe sur le terrain : relance envoyée} other {pas d’accusé de réception de {asked} pour le transfert : {asker} relance}}',
  'handover.gap-opened':
    '{during, select, phases {{from} se retire de {area} avant le transfert d’autorité : un vide sécuritaire s’ouvre, aucune unité ne tient {area} ; {has_cut, select, yes {{cut} écourtée{has_skipped, select, yes {, {skipped} sautée(s)} other {}}} other {plus aucune phase conjointe à écourter}}} transfer {{from} se retire de {area} alors que le transfert d’autorité est encore en attente : un vide sécuritaire s’ouvre} other {{from} se retire de {area} alors que la passation est bloquée : un vide sécuritaire s’ouvre}}',
  'handover.phase':
    '{phase_key, select, joint_assessment {évaluation conjointe : {from} et {to} évaluent ensemble {area}} joint_planning {planification conjointe : {from} informe {to} sur {area} et soumet le plan conjoint à {authority}} co_located_operations {opérations en colocalisation : {to} se déploie aux côtés de {from} à {area}} transfer_of_authority {transfert d’autorité : {from} demande à {authority} de transférer {area} à {to}} monitoring {suivi de {area} pendant {monitoring}{has_reviewEvery, select, yes {, examen toutes les {reviewEvery}} other {}}} self_assessment {auto-évaluation : {to} évalue son état de préparation pour {area} (évaluation {assessment})} joint_field_assessment {évaluation conjointe sur le terrain de {area} par {from} avec {to}} joint_decision {décision conjointe de {authority} sur {area}} other {{phase} : {area}}}',
  'handover.joined': '{to} se joint à l’évaluation conjointe de {area}',
  'handover.phase-done':
    '{phase_key, select, joint_assessment {évaluation conjointe terminée avec {to} : passage à la planification conjointe} joint_planning {planification conjointe terminée avec {to} et {authority} : passage aux opérations en colocalisation} co_located_operations {opérations en colocalisation terminées avec {to} : passage au transfert d’autorité} other {évaluation conjointe sur le terrain de {area} terminée : les conclusions vont à {authority}}}',
  'handover.endorsed': '{authority} entérine le plan conjoint pour {area}',
  'handover.co-located': '{from} et {to} opèrent ensemble à {area}',
  'handover.authorised': '{authority} autorise le transfert d’autorité pour {area} à {to}',
  'handover.transferred':
    '{flow, select, military {transfert d’autorité : {to} assume la responsabilité principale de la sécurité de {area}, reprise de {from}} other {{to} reprend de {from} la responsabilité principale de la sécurité de {area}}}',
  'handover.gap-closed': 'le vide sécuritaire à {area} se referme',
  'handover.no-gap': 'pas de vide sécuritaire : {from} a tenu {area} jusqu’au transfert',
  'handover.intel-held': '{to} dispose du dossier de renseignement',
  'handover.intel-lost':
    '{to} prend le relais sans le dossier de renseignement : {briefing, select, lost {le dossier de {from} n’est jamais arrivé} other {{from} s’est retiré avant de le transmettre}}',
  'handover.waiting':
    '{to} n’a aucune équipe disponible : le transfert d’autorité pour {area} attend (nouvelle demande dans {retry})',
  'handover.asked-again': '{authority} demande à nouveau à {to} de prendre en charge {area}',
  'handover.withdrawn-after': '{from} se retire de {area} après le transfert : pas de vide',
  'handover.reviewed':
    '{outcome, select, stands {examen de {area} après « {reason} » (gravité {severity}) : la passation à {to} est maintenue} other {examen de suivi de {area} : critères toujours remplis ({readiness})}}',
  'handover.self-assessed': 'auto-évaluation de {to} : {readiness}',
  'handover.not-ready':
    '{authority} juge {area} non prêt : des améliorations sont requises : {gaps}',
  'handover.held-back':
    '{authority} retient le transfert de {area} bien que tous les critères de préparation soient remplis',
  'handover.decided-played':
    '{authority} décide de {decision, select, transfer {transférer {area}} other {reporter le transfert de {area}}} (doctrine : {doctrine, select, transfer {transférer} other {reporter}} — {reason})',
  'handover.postponed': 'passation de {area} reportée : réévaluation dans {reassessAfter}',
  'handover.reassessed': '{reassessAfter} plus tard : {area} est réévalué',
  'handover.ready':
    '{authority} juge {area} prêt ({readiness} ; {threshold} requis){mitigation, select, true {, avec des mesures d’atténuation au titre de la PDVDH} other {}} : la responsabilité principale passera à {to}',
  'handover.review-prompted':
    '« {reason} » (gravité {severity}) entraîne un examen de l’état de préparation de {area}',
  'handover.review-due': 'examen de suivi de {area} : {to} rend compte de son état de préparation',
  'handover.review-unanswered':
    'pas de réponse de {to} à l’examen de suivi de {area} : prochain examen dans {reviewEvery}',
  'handover.completed':
    'fin du suivi de {area} : {to} assume la responsabilité principale de la sécurité',
  'handover.reversed':
    'retour stratégique : {reason} : la responsabilité principale de la sécurité de {area} revient de {to} à {from}',
  'handover.blocked':
    '{authority} bloque la passation de {area} à {to} : appui suspendu au titre de la PDVDH (violations graves)',
  'handover.stalled':
    'passation de {area} bloquée en phase « {phase} » : aucune réponse après {attempts, plural, one {# tentative} other {# tentatives}}',
  // ── objets des messages ──
  'about.text': '{text}',
  'about.relay': 'relais : {about}',
  'about.escort-request': 'demande d’escorte {id}',
  'about.escort-for-decision': 'demande d’escorte {id} pour décision',
  'about.escort-declined': 'escorte {id} refusée',
  'about.escort-approved': 'escorte {id} approuvée',
  'about.escort-tasking': 'demande de moyens : escorte {id} vers {area}',
  'about.escort-over': 'escorte {id} terminée : équipe libérée',
  'about.escort-stand-down': 'démobilisation : l’escorte {id} n’a plus besoin d’équipe',
  'about.notification': 'notification de mouvement {id}',
  'about.meeting-invitation': 'invitation : {name}, {start}',
  'about.meeting-minutes': 'compte rendu : {name}, séance {session}',
  'about.poc-report': `rapport d’incident {id}${FOLLOW_UP}`,
  'about.poc-for-information': 'incident {id} : pour information',
  'about.poc-referral': `menace pour les civils {id} : intervention requise${FOLLOW_UP}`,
  'about.poc-tasking': `demande de moyens : protéger les civils, {id} à {area}${FOLLOW_UP}`,
  'about.poc-team-back': '{id} : retour de l’équipe à la base',
  'about.poc-stand-down': 'démobilisation : {id} est couvert',
  'about.handover-joint-assessment': 'évaluation conjointe de {area} pour la passation {id}',
  'about.handover-briefing': 'dossier de renseignement sur {area} (passation {id})',
  'about.handover-joint-plan': 'plan conjoint de passation de {area} à {to}',
  'about.handover-co-location': '{to} se déploie aux côtés de {from} à {area}',
  'about.handover-toa-request': 'demande : transfert d’autorité pour {area} à {to}',
  'about.handover-assume': 'assumer la responsabilité principale de la sécurité de {area}',
  'about.handover-self-assessment':
    'auto-évaluation de l’état de préparation pour {area} (évaluation {assessment})',
  'about.handover-field-assessment': 'évaluation conjointe sur le terrain de {area} : {readiness}',
  'about.handover-transfer': 'transfert de la responsabilité principale de la sécurité de {area}',
  'about.handover-review': 'examen de suivi de l’état de préparation pour {area}',
  'about.handover-released': '{area} revient à {from} : équipe libérée',
  // ── motifs, lacunes, critères, état de préparation ──
  'reason.no-path': '{from} n’a aucun chemin vers {to}',
  'reason.report-lost':
    'le rapport n’est jamais parvenu à {hub} après {followUps, plural, one {# relance} other {# relances}}',
  'reason.referral-lost':
    '{decider} n’a jamais reçu la saisine après {followUps, plural, one {# relance} other {# relances}}',
  'reason.none-able': 'aucun intervenant en mesure d’intervenir ({responders})',
  'reason.no-responders': 'aucun intervenant dans cette structure',
  'reason.no-team': 'aucun intervenant n’a pu envoyer d’équipe ({candidates})',
  'reason.review': '« {reason} » (gravité {severity})',
  'reason.review-gaps': 'l’examen de suivi constate : {gaps}',
  'reason.review-hrddp': 'l’examen de suivi constate la suspension de l’appui au titre de la PDVDH',
  'gap.no-report': 'aucun rapport sur l’état de préparation',
  'gap.respond': 'incapable de faire face à l’environnement de sécurité',
  'gap.certified': '{certified} certifiés, {threshold} requis',
  'gap.logistics': 'logistique initiale non en place',
  'gap.stability':
    'stabilité institutionnelle non établie (commandement et contrôle, droits de l’homme, acceptation par la population)',
  'criterion.1': 'critère 1 (besoin sans solution de rechange)',
  'criterion.2': 'critère 2 (État hôte incapable ou non désireux)',
  'criterion.3': 'critère 3 (escorte crédible et sûre)',
  'criterion.4': 'critère 4 (durable, avec un plan de sortie)',
  'doctrine.escort-met': 'les quatre critères du CPI sont remplis',
  'doctrine.escort-pressure': 'sous la pression, bien que ne soient pas remplis : {criteria}',
  'doctrine.escort-unmet': 'non remplis : {criteria}',
  'doctrine.team-free': 'une équipe est disponible ({out} sur {teams} dehors)',
  'doctrine.within-capacity': 'dans les capacités ({workload} tâches sur {capacity})',
  'doctrine.overloaded': 'surchargé ({workload} tâches sur {capacity})',
  'doctrine.readiness-met': 'tous les critères de préparation sont remplis',
  'doctrine.readiness-gaps': 'des améliorations sont requises : {gaps}',
  'doctrine.poc':
    '{preferred, select, true {{unit_key, select, military {menace élevée : la composante militaire pour la protection physique} police {menace moyenne : la Police des Nations Unies pour le maintien de l’ordre} other {menace faible : la police de l’État hôte, à qui incombe la responsabilité première, est en mesure d’intervenir}}} other {menace {severity} : les intervenants privilégiés ne sont pas disponibles, suivant dans l’ordre}}',
  readiness:
    '{certified} certifiés, {respond, select, true {capable d’intervenir} other {incapable d’intervenir}}, {logistics, select, true {logistique en place} other {logistique manquante}}, {stability, select, true {institutionnellement stable} other {institutionnellement instable}}',
  'readiness.none': 'aucune donnée sur l’état de préparation',
  // ── termes ──
  'phase.starting': 'démarrage',
  'phase.joint assessment': 'évaluation conjointe',
  'phase.joint planning': 'planification conjointe',
  'phase.co-located operations': 'opérations en colocalisation',
  'phase.transfer of authority': 'transfert d’autorité',
  'phase.monitoring': 'suivi',
  'phase.self-assessment': 'auto-évaluation',
  'phase.joint field assessment': 'évaluation conjointe sur le terrain',
  'phase.joint decision': 'décision conjointe',
  'phase.transfer': 'transfert',
  'need.life-saving': 'vital',
  'need.critical': 'critique',
  'need.routine': 'courant',
  'severity.low': 'faible',
  'severity.medium': 'moyenne',
  'severity.high': 'élevée',
  'alternative.other-route': 'un autre itinéraire',
  'alternative.other-timing': 'un autre horaire',
  'alternative.access-negotiation': 'la négociation de l’accès',
  'alternative.notification': 'une notification de mouvement',
  'alternative.unarmed': 'un mouvement sans armes',
  'alternative.remote-delivery': 'une livraison à distance',
  'unit.component': 'équipe',
  'unit.military': 'équipe d’escorte ou de patrouille',
  'unit.police': 'unité de police',
  'unit.humanitarian': 'équipe de terrain',
  'unit.civilian': 'équipe de dialogue',
  'channel.radio': 'radio',
  'channel.liaison': 'de liaison',
  'channel.report': 'de compte rendu',
  'channel.meeting-only': 'réservée aux réunions',
  // ── world-support : PDVDH pour tout appui de l’ONU, patrouilles conjointes, état de préparation ──
  'about.patrol-tasking': 'équipe pour la patrouille conjointe {id} à {area}',
  'about.patrol-over': 'fin de la patrouille conjointe {id}',
  'hrddp.refused': `${BY('by', 'l’ONU')} n’apporte pas à {unit} : {support} ; appui de l’ONU suspendu au titre de la PDVDH (politique de diligence voulue en matière de droits de l’homme)`,
  'hrddp.mitigated': `${BY('by', 'l’ONU')} apporte à {unit} : {support}, malgré la suspension, au titre des mesures d’atténuation de la PDVDH : {measures}`,
  'readiness.overwhelmed':
    '{id} est débordé par {incident} à {area} : il ne peut plus faire face à la situation sécuritaire',
  'readiness.respond-changed':
    '{id} {respond, select, true {peut de nouveau faire face à la situation sécuritaire} other {ne peut plus faire face à la situation sécuritaire}}',
  'handover.review-readiness': `examen de l’état de préparation pour {area} : {has_incident, select, yes {{to} débordé par {incident}} other {statut PDVDH de {to} désormais ${HRDDP}}} pendant le suivi, les critères sont réexaminés`,
  'hrddp.changed': `statut PDVDH de l’appui de l’ONU à {id} désormais ${HRDDP}{has_reason, select, yes { : {reason}} other {}}`,
  'escort.alternative-opens':
    '{alternative} est désormais possible : demande {id} retirée {stage, select, before_escort {avant le départ de l’escorte} other {avant la décision}} (CPI : l’escorte armée est un dernier recours)',
  'escort.alternative-waits':
    '{alternative} ne répond au besoin qu’à partir de {at} : la demande suit son cours d’ici là',
  'escort.withdrawn-answer': `${BY('by', 'l’autorité')} répond à une demande déjà retirée : sans suite`,
  'patrol.planned': '{unit} prévoit une patrouille conjointe avec {partner} à {area} ({length})',
  'patrol.started': '{unit} et {partner} patrouillent ensemble à {area}',
  'patrol.completed': 'patrouille conjointe de {unit} et {partner} à {area} terminée',
  'patrol.cancelled':
    'patrouille conjointe de {unit} et {partner} à {area} annulée : {has_refused, select, yes {{refused} n’avait aucune équipe à envoyer} other {pas de réponse à temps}}',
  'patrol.answer': `${BY('by', 'une unité')} {accepted, select, true {envoie une équipe pour la patrouille} other {n’a aucune équipe pour la patrouille}}`,
  'patrol.team-back': `l’équipe de patrouille de ${BY('by', 'l’unité')} est rentrée`,
  'patrol.stand-down': `${BY('by', 'une unité')} propose une équipe pour une patrouille annulée : ordre de ne pas sortir`,
  'handover.toa-before-arrival':
    'transfert d’autorité pour {area} avant l’arrivée de {to} (à {arrives}){gap, select, true { : personne ne tient la zone sur le terrain d’ici là} other {}}',
  'handover.arrived':
    '{to} arrive à {area}{gapClosed, select, true { : le vide sécuritaire se referme} other {}}',
  'support.escort': 'escorte',
  'support.joint-patrol': 'patrouilles conjointes',
  'support.poc-response': 'engagement dans une réponse de protection des civils',
  'support.mentoring': 'encadrement',
  'support.handover': 'passation appuyée',
  // ── la ligne de commande ──
  'cli.description':
    'Simuler la coordination au sein d’une opération de paix des Nations Unies à partir d’un scénario YAML.',
  'cli.version': 'afficher la version',
  'cli.help': 'afficher l’aide',
  'cli.help-command': 'afficher l’aide d’une commande',
  'cli.after-error': '(ajoutez --help pour l’usage et des exemples)',
  'cli.lang': 'langue de sortie : en ou fr (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)',
  'cli.epilogue': `
Codes de sortie : 0 succès, 1 entrée invalide (scénario, fichier, structure), 2 erreur d’usage.

Exemples :
  $ peacemesh validate scenarios/*.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --structure joc-centred --json > run.json
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh --lang fr run scenarios/convoy-escort-dilemma.yaml
  $ peacemesh run --help
`,
  'cli.error': 'erreur : {message}',
  'cli.title.usage': 'Utilisation :',
  'cli.title.options': 'Options :',
  'cli.title.global-options': 'Options globales :',
  'cli.title.arguments': 'Arguments :',
  'cli.title.commands': 'Commandes :',
  'cli.usage.missing-argument': 'erreur : argument obligatoire manquant « {name} »',
  'cli.usage.unknown-option': 'erreur : option inconnue « {name} »',
  'cli.usage.unknown-command': 'erreur : commande inconnue « {name} »',
  'cli.usage.invalid': 'erreur : la valeur « {value} » de l’option « {name} » est invalide.',
  'cli.usage.did-you-mean': '(Vouliez-vous dire {guess} ?)',
  'cli.usage.default': '(par défaut : {value})',
  'cli.location': '{file}:{line}:{col} : {message}',
  'cli.validate.description':
    'vérifier des fichiers de scénario et signaler chaque problème avec sa ligne et sa colonne',
  'cli.validate.files': 'fichiers de scénario (YAML)',
  'cli.validate.epilogue': `
Affiche « ok  FICHIER — N acteurs, N structures, N injections » pour chaque fichier valide, et
chaque problème sous la forme « fichier:ligne:col : message » sur la sortie d’erreur. Code de
sortie : 0 tous valides, 1 au moins un invalide ou illisible, 2 erreur d’usage.

Exemples :
  $ peacemesh validate scenarios/convoy-escort-dilemma.yaml
  $ peacemesh validate scenarios/*.yaml
`,
  'cli.validate.ok':
    'ok  {file} — {actors, plural, one {# acteur} other {# acteurs}}, {structures, plural, one {# structure} other {# structures}}, {injects, plural, one {# injection} other {# injections}}{warnings, plural, =0 {} one { ; # avertissement} other { ; # avertissements}}',
  'cli.validate.invalid':
    '{invalid, plural, one {# fichier invalide} other {# fichiers invalides}} sur {total}',
  'cli.run.description':
    'exécuter un scénario une fois et afficher sa chronologie et ses indicateurs',
  'cli.run.file': 'fichier de scénario (YAML)',
  'cli.run.structure':
    'identifiant de la structure de coordination (par défaut : celle du scénario)',
  'cli.run.seed': 'graine aléatoire : même graine, même déroulement',
  'cli.run.until': 'arrêter le déroulement après cette heure d’exercice',
  'cli.run.json':
    "afficher un document JSON '{' scenario, title, structure, seed, until, log, metrics, hash '}'",
  'cli.run.verbose':
    'afficher toutes les entrées du journal, y compris les tâches prises en charge et les messages relayés',
  'cli.run.epilogue': `
La chronologie compte une ligne par événement : heure de l’exercice, acteur, ce qui s’est
passé. Les injections, demandes et décisions d’escorte, réunions, passations, incidents et
messages perdus sont affichés ; les tâches prises en charge et terminées seulement avec
--verbose. Suivent un résumé des indicateurs et l’empreinte du journal (deux empreintes égales
signifient deux déroulements identiques, quelle que soit la langue). Code de sortie : 0 succès,
1 scénario invalide ou structure inconnue, 2 erreur d’usage.

Exemples :
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --structure liaison-mesh --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --until T+12:00 --verbose
  $ peacemesh run scenarios/carana-three-bad-days.yaml --json > run.json
  $ peacemesh run scenarios/carana-three-bad-days.yaml --decide dp-tokono-escort=approve-under-pressure
  $ peacemesh run scenarios/carana-three-bad-days.yaml --inputs carana-three-bad-days-1.peacemesh.json
`,
  'cli.run.header':
    '{title} — structure {structure} ({name}), graine {seed}{has_until, select, yes {, jusqu’à {until}} other {}}',
  'cli.run.metrics': 'Indicateurs',
  'cli.run.hash':
    'empreinte du journal {hash} ({entries} entrées, {shown} affichées{verbose, select, true {} other { ; --verbose les affiche toutes}})',
  'cli.run.no-structure': 'aucune structure « {structure} » ; ce scénario contient : {names}',
  'cli.seed.invalid': 'Un nombre entier de 0 à 2147483647 est attendu, comme 1 ou 42.',
  'cli.until.invalid':
    'Une heure d’exercice écrite T+hh:mm est attendue, comme T+06:30 ou T+49:15.',
  // ── noms des indicateurs ──
  'metric.escortRequests': 'Demandes d’escorte',
  'metric.alternativesUsed': 'Solutions de rechange retenues',
  'metric.escortApprovals': 'Escortes approuvées',
  'metric.escortDeclines': 'Escortes refusées',
  'metric.decisionTimeMean': 'Délai de décision sur l’escorte (moyenne)',
  'metric.decisionTimeP90': 'Délai de décision sur l’escorte (p90)',
  'metric.decisionKnownMean': 'Délai avant que le demandeur sache (moyenne)',
  'metric.approvedWithCriterionUnmet': 'Approuvées avec un critère non rempli',
  'metric.escortsProvided': 'Escortes fournies',
  'metric.escortsUnfilled': 'Escortes approuvées non fournies',
  'metric.escortRequestsStalled': 'Demandes d’escorte bloquées',
  'metric.escortLockIn': 'Dépendance aux escortes (demandeurs récurrents)',
  'metric.meetingsHeld': 'Réunions tenues',
  'metric.meetingsPostponed': 'Réunions reportées',
  'metric.meetingAttendanceMean': 'Participation aux réunions (part moyenne)',
  'metric.incidentToJocMean': 'Incident → COC (moyenne)',
  'metric.incidentToAllMean': 'Incident → tous ceux qui doivent savoir (moyenne)',
  'metric.informationReach': 'Portée de l’information',
  'metric.handoversCompleted': 'Passations achevées',
  'metric.handoverPostponements': 'Passations reportées',
  'metric.handoverReversals': 'Passations annulées (retour stratégique)',
  'metric.securityGapMinutes': 'Vide sécuritaire',
  'metric.handoverIntelLost': 'Passations sans dossier de renseignement',
  'metric.hrddpRefusals': 'Appuis de l’ONU refusés au titre de la PDVDH',
  'metric.jointPatrols': 'Patrouilles conjointes menées',
  'metric.pocIncidents': 'Incidents de protection des civils',
  'metric.pocResponseMean': 'Délai d’intervention de protection des civils (moyenne)',
  'metric.pocUnanswered': 'Incidents de protection des civils sans réponse',
  'metric.messagesSent': 'Messages envoyés',
  'metric.messagesDelivered': 'Messages remis',
  'metric.messagesLost': 'Messages perdus',
  'metric.messagesUndeliverable': 'Messages non acheminables',
  'metric.messagesUnanswered': 'Messages sans réponse (surcharge)',
  // ── compare: help and the table (src/cli/compare.ts, compare-report.ts) ──
  'cli.compare.description':
    'dérouler un scénario sous plusieurs structures et de nombreuses graines, et comparer les indicateurs',
  'cli.compare.structures':
    'identifiants de structures, séparés par des virgules ; la première est la référence (par défaut : toutes, celle par défaut d’abord)',
  'cli.compare.seeds': 'nombre de graines par structure',
  'cli.compare.seed-start': 'première graine',
  'cli.compare.sweep':
    'faire varier une valeur du scénario (à répéter pour en croiser plusieurs) ; voir docs/COMPARE.md',
  'cli.compare.workers':
    'fils d’exécution (par défaut : selon la taille du plan, jusqu’aux cœurs — un second fil à partir de quelques centaines de déroulements d’une petite mission, plus tôt pour une grande)',
  'cli.compare.sample':
    'échantillonner les balayages au lieu de toutes les combinaisons : lhs:N (hypercube latin) ou random:N',
  'cli.compare.sample-seed': 'graine du plan d’échantillonnage',
  'cli.compare.format': 'format de sortie (jsonl : un déroulement par ligne)',
  'cli.compare.rows': 'pour csv et json : lignes de synthèse, une par déroulement, ou sensibilité',
  'cli.compare.queue':
    'utiliser la file de tâches (peacemesh worker sur n’importe quelle machine) au lieu de fils locaux',
  'cli.compare.run-id':
    'avec --queue : nom du balayage dans Redis ; le même identifiant le reprend',
  'cli.compare.out': 'écrire la sortie dans ce fichier au lieu de la sortie standard',
  'cli.compare.metrics': 'indicateurs à présenter (par défaut : ceux qui ont des valeurs)',
  'cli.compare.metric': 'Indicateur',
  'cli.compare.reference': '{structure} (référence)',
  'cli.compare.better':
    '{better, select, higher {plus élevé = mieux} lower {plus bas = mieux} other {}}',
  'cli.compare.runs': '{completed, number} déroulements sur {planned, number}',
  'cli.compare.per':
    '{structures, plural, one {# structure} other {# structures}} × {seeds, plural, one {# graine} other {# graines}}{kind, select, lhs { × {points} points échantillonnés (hypercube latin, graine du plan {designSeed})} random { × {points} points échantillonnés (aléatoire, graine du plan {designSeed})} sweep { × {points} points de balayage} other {}}',
  'cli.compare.ran':
    'graines {range}, référence {reference}, {runs}{seconds, select, none {} other { en {seconds} s}}{workers, plural, =0 {} one { sur # fil} other { sur # fils}}',
  'cli.compare.partial':
    'PARTIEL : arrêté après {runs} ; les nombres ci-dessous ne portent que sur les déroulements terminés.',
  'cli.compare.pooled': 'Sur l’ensemble des {points} points échantillonnés',
  'cli.compare.point': 'Balayage : {label}',
  'cli.compare.epilogue': `
Chaque structure est déroulée avec chaque graine (et chaque valeur balayée) ; le tableau donne
pour chaque indicateur la moyenne sur les graines avec son intervalle du 10e au 90e centile, et
l’écart à la première structure avec un intervalle de confiance à 95 %. Le CSV a une ligne par
structure et indicateur ; le JSON contient chaque déroulement. Les déroulements sont
indépendants : tout --workers donne les mêmes nombres. Une barre de progression s’affiche sur
stderr quand c’est un terminal ; Ctrl-C arrête et imprime ce qui est terminé, marqué partiel.
Chemins de balayage (docs/COMPARE.md) : éléments de liste par identifiant, liaisons en de>à,
"*" pour tous les éléments, p. ex.
  structures.hub.links[ocha>hc].latency=30m,1h,2h   actors.bn-east.teams=1,2,3
  structures.*.meetings.cmcoord-forum.every=12h,24h  injects.*.event.threshold=0.7,0.8
Une plage chemin=bas..haut (1..4, 0.5..0.9, 30m..2h) s’échantillonne avec --sample lhs:200 ou
random:200 (graine --sample-seed) ; le tableau regroupe alors les points échantillonnés, et une
ligne de sensibilité par indicateur dit quelle valeur balayée le fait le plus varier. --rows runs
donne une ligne par déroulement (structure, valeurs balayées, graine, chaque indicateur) ;
--format jsonl --out FICHIER écrit chaque déroulement dès qu’il se termine. Avec
--queue redis://hôte:6379/0 les déroulements vont à des processus « peacemesh worker » sur
autant de machines que voulu (docs/COMPARE.md) ; les nombres sont les mêmes.
Code de sortie : 0 correct, 1 scénario, structure ou valeur balayée invalide, 2 erreur
d’utilisation, 130 arrêté par Ctrl-C (sortie partielle imprimée).

Exemples :
  $ peacemesh compare scenarios/carana-three-bad-days.yaml --seeds 200
  $ peacemesh compare scenarios/convoy-escort-dilemma.yaml --structures cmcoord-hub,liaison-mesh --format csv --out compare.csv
  $ peacemesh compare scenarios/carana-three-bad-days.yaml --sweep ''actors.*.teams=1,2'' --metrics decisionTimeMean,escortsUnfilled
`,
  'cli.compare.how-to-read': `Lecture : chaque case donne la moyenne sur les graines, puis [10e–90e centile] : les 80 %
centraux des déroulements. En dessous, Δ est cette moyenne moins celle de la référence
({reference}), avec son intervalle de confiance à 95 % (Welch) entre parenthèses. Quand
l’intervalle exclut zéro, l’écart a peu de chances d’être dû au hasard, et « mieux » ou
« moins bien » dit dans quel sens il va pour cet indicateur (« diffère » quand aucun sens
n’est meilleur) ; sans marque, les structures peuvent fort bien ne pas différer.
« — » : rien à mesurer (aucune escorte demandée…) ; n= : déroulements avec une valeur.`,
  // ── the app (src/ui, src/store): its own file, so the app's keys stay in one place ──
  ...appFr,
  // ── avertissements du scénario et entrées d’un déroulement dans la CLI ──
  'cli.warning': '{file}:{line}:{col} : avertissement : {message}',
  'cli.run.decide':
    'prendre l’option OPTION au point de décision ID (répétable), comme un stagiaire ou un formateur dans l’application',
  'cli.run.inputs':
    "rejouer les décisions et les injections en direct de FICHIER : un déroulement exporté par l’application, un paquet d’exercice, ou du JSON '{' decisions, injects, played '}'",
  'cli.decide.invalid': 'Attendu ID=OPTION, par exemple dp-tokono-escort=apply-criteria.',
  'cli.inputs.not-json': 'pas du JSON ({why})',
  'cli.inputs.not-inputs':
    'pas des entrées de déroulement : attendu un déroulement exporté par l’application (« format » : « peacemesh-run »), un paquet d’exercice (« format » : « peacemesh-exercise ») ou un objet JSON avec « decisions », « injects » ou « played »',
  'cli.inputs.package': 'le journal de l’exercice ne se rejoue pas ({why})',
  'cli.inputs.bad-decisions':
    '« decisions » doit associer des ids de points de décision à des ids d’options, par exemple \'{\' "dp-escort": "approve" \'}\'',
  'cli.inputs.bad-injects':
    '« injects » doit être une liste d’injections en direct, telle que l’application l’exporte',
  'cli.inputs.bad-played':
    '« played » doit associer des clés de décision à des réponses, par exemple \'{\' "convoy-1:decision": "approve" \'}\'',
  'cli.inputs.bad-structure': '« structure » doit être l’id d’une structure du scénario',
  'cli.inputs.bad-seed': '« seed » doit être un nombre entier à partir de 0',
  'cli.inputs.other-scenario':
    'ces entrées ont été enregistrées sur le scénario « {theirs} », mais {file} est « {ours} » : donnez le scénario sur lequel elles ont été enregistrées',
  'cli.inputs.unknown-decision':
    'aucun point de décision « {id} » dans ce scénario ;{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}} {has_ids, select, yes {points de décision : {ids}} other {il n’en a aucun}}',
  'cli.inputs.unknown-option':
    'le point de décision « {id} » n’a pas d’option « {option} » ;{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}} options : {options}',
  'cli.inputs.bad-inject':
    'l’injection en direct {n} n’est pas jouable : il lui faut « at » (en minutes), « text » et un « event » que le format de scénario admet',
  'cli.inputs.inject-actor':
    'l’injection en direct {n} nomme l’acteur « {actor} », que ce scénario n’a pas',
  'cli.inputs.inject-area':
    'l’injection en direct {n} nomme la zone « {area} », que ce scénario n’a pas',
  // ── contrôles du scénario (core/scenario/problems.ts) : erreurs et avertissements situés ──
  'problem.mark-unknown':
    'marque de journal inconnue « {mark} » dans « on » ;{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}} un inject conditionnel attend une marque que le déroulement écrit : {marks}',
  'problem.mark-without-ref':
    '« ref » ne peut pas accompagner « {mark} » : ces entrées du journal ne portent sur rien que le scénario nomme (un inject ou un message), donc cet inject n’arriverait jamais ; retirez « ref »',
  'problem.ref-unknown':
    'id inconnu « {ref} » dans « ref » : les entrées « {mark} » portent sur {about_key, select, escort_request {des demandes d’escorte} movement_notification {des notifications de mouvement} incident {des incidents} handover {des passations} information {des informations} meeting {des réunions} decision {des points de décision} actor {des acteurs} event {des événements ayant un id} process {des demandes d’escorte, incidents, réunions et passations} other {{about}}}, et aucun n’a cet id, donc cet inject n’arriverait jamais ;{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}} {has_ids, select, yes {ids : {ids}} other {ce scénario n’en a aucun}}',
  'problem.ref-other-kind':
    '« {ref} » dans « ref » est {is_key, select, escort_request {une demande d’escorte} movement_notification {une notification de mouvement} incident {un incident} handover {une passation} information {une information} meeting {une réunion} decision {un point de décision} actor {un acteur} other {{is}}}, mais les entrées « {mark} » portent sur {about_key, select, escort_request {des demandes d’escorte} movement_notification {des notifications de mouvement} incident {des incidents} handover {des passations} information {des informations} meeting {des réunions} decision {des points de décision} actor {des acteurs} event {des événements ayant un id} process {des demandes d’escorte, incidents, réunions et passations} other {{about}}} : cet inject n’arriverait jamais ; choisissez dans « on » une marque qui porte dessus, ou une autre « ref »',
  'problem.mark-never':
    'rien dans ce scénario ne peut écrire « {mark} » : il ne contient pas {about_key, select, escort_request {de demandes d’escorte} movement_notification {de notifications de mouvement} incident {d’incidents} handover {de passations} information {d’informations} meeting {de réunions} decision {de points de décision} actor {d’acteurs} event {d’événements ayant un id} process {de demandes d’escorte, d’incidents, de réunions ni de passations} other {{about}}}, donc cet inject n’arrive jamais (sauf si un formateur en pousse un en direct)',
  'problem.metric-unknown':
    'indicateur inconnu « {metric} » dans « metrics » ;{has_guess, select, yes { vouliez-vous dire « {guess} » ?} other {}} indicateurs : {metrics}',
  'problem.quorum-too-high':
    '« quorum » {count} dépasse le nombre d’invités de cette réunion ({invited}), donc aucune séance ne pourrait se tenir : donnez un nombre de présents jusqu’à {invited}, ou une part comme 0.5',
  'problem.flow-comma':
    "clé inconnue « {key} » : entre '{' … '}' une virgule termine une valeur, donc le texte de « {field} » s’est arrêté à la virgule ; mettez tout le texte entre guillemets : {field}: \"{text}\"",
  'problem.actor-no-links':
    'aucune liaison n’atteint « {actor} » dans {structures} : aucun message, aucune demande ni invitation ne peut l’y joindre, et il ne peut rien y transmettre',
  'problem.link-duplicate':
    'une deuxième liaison entre « {from} » et « {to} » dans cette structure (la première est à la ligne {line}) : n’en gardez qu’une, avec la latence et la fiabilité voulues',
  'problem.recipient-duplicate': '« {actor} » figure deux fois dans « {field} » : une fois suffit',
  'problem.host-police-only':
    '« {field} » ne concerne que la police de l’État hôte : « {actor} » est {kind_key, select, military {une unité militaire} police {la police des Nations Unies} humanitarian {un acteur humanitaire} civilian {un civil de la mission} other {{kind}}}, donc la simulation l’ignore ; retirez-le, ou faites de l’acteur une « host-police »',
  'problem.facts-escort-credible':
    '« escortCredible: true » contredit « {area} », {hostile, select, true {où les groupes armés sont hostiles aux convois des Nations Unies} other {dont la menace est {severity}}} : le monde y jugerait une escorte ni crédible ni sûre (critère 3 de l’IASC) ; gardez-le exprès pour la formation, ou retirez-le et laissez le monde décider',
  'problem.facts-alternative':
    'l’alternative « {alternative} » figure déjà à la ligne {line}, avec une autre réponse sur son efficacité : ne la donnez qu’une fois',
  'problem.facts-host-state':
    '« hostStateUnable: {unable} » contredit « {lead} », la police de l’État hôte qui a la responsabilité de « {area} », dont l’état de préparation dit qu’elle {unable, select, true {peut} other {ne peut pas}} intervenir : accordez-les, ou gardez la contradiction exprès pour la formation',
  // décisions sur ce que l’on sait
  'metric.escortIncidents': 'Incidents pendant une escorte',
  'metric.uninformedDecisions': 'Décisions mal informées',
  'metric.uninformedIncidents': 'Incidents après une décision mal informée',
  'cli.run.explain':
    'afficher pourquoi une décision a été prise ainsi et pourquoi pas chacune des autres options (un identifiant de demande d’escorte)',
  'cli.explain.none':
    'aucune décision sur « {id} » dans ce déroulement ; décisions expliquées : {ids}',
  'cli.explain.heading': '{at} — {decider} sur {process} :',
  'cli.explain.rules': 'Règles évaluées (sur ce que {decider} savait) :',
  'cli.explain.others': 'Autres options :',
  'cli.explain.uninformed': 'Mal informée :',
  // ── knowledge-3 : tâches d’escorte sur ce que sait le fournisseur, revues sur ce que sait l’autorité, mesures d’atténuation HRDDP ──
  'rule.team':
    'une équipe disponible : {holds, select, true {oui} other {non}} ({out} sur {teams} dehors)',
  'rule.route':
    'une escorte capable de tenir sur {area} ({hostile, select, true {groupes armés hostiles aux convois des Nations Unies} other {menace {severity}}} à sa connaissance) : {holds, select, true {oui} other {non}}{source, select, scenario { (fixé par le scénario)} other {}}{holds, select, true {{truth, select, true {} other { — en réalité non}}} other {{truth, select, true { — en réalité oui} other {}}}}{has_read, select, yes { (faits lus : {read})} other {}}{has_missing, select, yes { (non reçus : {missing})} other {}}',
  'rule.judged-route':
    'une escorte sur {area} jugée {holds, select, true {capable de tenir} other {incapable de tenir}}',
  'why-not.task-decline':
    'Pas de refus : une équipe disponible, et une escorte jugée capable de tenir sur {area}',
  'why-not.task-decline-played':
    'Pas de refus : le joueur qui tient le fournisseur a envoyé une équipe',
  'why-not.task-no-team': 'Pas d’acceptation : aucune équipe disponible ({out} sur {teams} dehors)',
  'why-not.task-route':
    'Pas d’acceptation : une escorte jugée incapable de tenir sur {area} ({hostile, select, true {groupes armés hostiles aux convois des Nations Unies} other {menace {severity}}})',
  'why-not.task-accept-played':
    'Pas d’acceptation : le joueur qui tient le fournisseur a gardé l’équipe',
  'doctrine.task-route':
    'une escorte ne peut pas tenir sur {area} face à la menace qu’on y connaît ({hostile, select, true {groupes armés hostiles aux convois des Nations Unies} other {menace {severity}}})',
  'problem.hrddp-mitigation-not-host-police':
    '« hrddpMitigation » n’atténue que l’appui des Nations Unies à la police de l’État hôte : « {actor} » est {kind_key, select, military {une unité militaire} police {la police des Nations Unies} humanitarian {un acteur humanitaire} civilian {un civil de la mission} other {{kind}}}, qui ne reçoit aucun appui soumis à la PDVDH, donc ces mesures n’y ont pas de sens ; placez-les sur l’unité de police de l’État hôte qu’elles concernent',
  'problem.hrddp-mitigation-unused':
    '« {actor} » a le statut « cleared » au titre de la PDVDH et aucun événement « hrddp-status » ne suspend son appui ni ne le soumet à des mesures d’atténuation : ses mesures « hrddpMitigation » ne s’appliquent donc jamais ; indiquez « hrddp: suspended » ou « mitigation », ajoutez l’événement qui le change, ou retirez les mesures',
  // ── the big-mesh graph (WebGL) ──
  'webgl.label': 'Réseau de coordination',
  'webgl.description':
    '{actors, plural, one {# acteur} other {# acteurs}} et {links, plural, one {# lien} other {# liens}}, dessinés en WebGL. La forme et la couleur indiquent le type d’acteur, un anneau un acteur occupé ou surchargé ; les points sont des messages en transit. Le maillage ayant le focus, N et P passent d’un acteur à l’autre et Entrée l’inspecte ; les flèches déplacent la vue, + et − zooment, 0 cadre le maillage. La vue en tableau liste les mêmes éléments.',
  // ── the big-mesh graph drawn on a canvas where WebGL runs in software (canvasGraph.ts) ──
  'webgl.description-canvas':
    '{actors, plural, one {# acteur} other {# acteurs}} et {links, plural, one {# lien} other {# liens}}, dessinés sur un canevas. La forme et la couleur indiquent le type d’acteur, un anneau un acteur occupé ou surchargé ; les points sont des messages en transit. Le maillage ayant le focus, N et P passent d’un acteur à l’autre et Entrée l’inspecte ; les flèches déplacent la vue, + et − zooment, 0 cadre le maillage. La vue en tableau liste les mêmes éléments.',
  // ── a played decision as its seat reads it (core/engine/played.ts) ──
  'ask.escort':
    '{requester} demande une escorte armée ({id}) : l’approuver à titre exceptionnel, ou refuser ?',
  'ask.team': 'envoyer une équipe ?',
  'ask.attend': 'participer ?',
  'ask.handover':
    'Décision conjointe sur {area} : transférer la responsabilité principale de {from} à {to}, ou reporter ?',
  'ask.poc':
    'Menace pour les civils {id} à {area} (gravité {severity}) : qui intervient en premier ?',
  'answer.approve': 'approuver l’escorte à titre exceptionnel',
  'answer.decline': 'refuser l’escorte',
  'answer.send': 'envoyer une équipe',
  'answer.refuse': 'refuser : garder l’équipe',
  'answer.attend': 'participer',
  'answer.regrets': 's’excuser',
  'answer.transfer': 'transférer {area} à {to}',
  'answer.postpone': 'reporter : des améliorations sont requises',
  'answer.responder':
    '{id}{has_kind, select, yes { ({kind_key, select, military {composante militaire} police {Police des Nations Unies} humanitarian {humanitaire} civilian {composante civile} host_police {police de l’État hôte} other {{kind}}})} other {}}',
  'known.info': 'a connaissance de {info} depuis {at}',
  'known.convoy': 'convoi « {convoy} » vers {area}, besoin : {need}',
  'known.alternatives':
    'solutions de rechange examinées : {has_tried, select, yes {{tried}} other {aucune}}',
  'known.alternative': '{alternative} ({works, select, true {convient} other {ne convient pas}})',
  'known.working':
    'une solution de rechange répond au besoin : {has_alternative, select, yes {{alternative}} other {aucune}}',
  'known.host-unable':
    'l’État hôte ne peut ou ne veut pas sécuriser l’itinéraire : {holds, select, true {oui} other {non}}',
  'known.credible':
    'une escorte serait crédible sans accroître le risque : {holds, select, true {oui} other {non}}',
  'known.exit-plan':
    'un plan pour cesser les escortes existe : {holds, select, true {oui} other {non}}',
  'known.teams-out': 'équipes dehors : {out} sur {teams}',
  'known.workload': 'tâches en cours : {workload} (capacité {capacity})',
  'known.assessment': 'évaluation de préparation n° {assessment} de {area}',
  'known.gaps':
    '{gaps, plural, =0 {tous les critères de préparation sont remplis} other {critères de préparation non remplis : # (voir la raison de la doctrine)}}',
  'known.threshold': 'seuil : {threshold} des agents éligibles certifiés',
  'known.incident': '{id} à {area} : {summary}',
  'known.severity': 'gravité : {severity}',
  'known.reporter': 'signalé par {reporter}',
  'known.responders': 'intervenants : {responders}',
  // ── french-last: a saved run's evaluation record (core/evaluation/record.ts) ──
  'problem.evaluation.damaged':
    'le relevé d’évaluation est endommagé à {has_where, select, yes {{where}} other {l’évaluation}} : {why}',
  // ── the CLI's progress, usage errors and notes (its own file) ──
  ...CLI_MESSAGES_FR,
  // ── the scenario loader's own problems (its own file) ──
  ...LOADER_FR,
  // ── what a comparison request got wrong (its own file) ──
  ...COMPARE_FR,
  // ── the after-action report (its own file) ──
  ...REPORT_FR,
};
