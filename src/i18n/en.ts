// English messages (ICU MessageFormat). `has_x` is "yes" when the optional `x` is there;
// `x_key` is `x` as a select key ("co-located operations" → co_located_operations).
import type { Catalog } from './catalogs';
import { appEn } from './app-en';
import { REPORT_EN } from './report-en';
import { LOADER_EN } from './loader-en';
import { COMPARE_EN } from './compare-en';
import { CLI_MESSAGES_EN } from './cli-messages-en';

const BY = (who: string, otherwise: string) =>
  `{has_${who}, select, yes {{${who}}} other {${otherwise}}}`;
const HRDDP =
  '{hrddp, select, cleared {cleared} mitigation {mitigation} suspended {suspended} other {not assessed}}';
const FOLLOW_UP = '{followUp, plural, =0 {} other { (follow-up #)}}';

export const en: Catalog = {
  // ── the engine ──
  'inject.msel': 'MSEL {serial} ({method}, from {from}): {text}',
  'inject.live': 'live inject: {text}',
  'decision.point': 'decision point: {prompt}',
  'decision.made':
    '{prompt} → {label} ({chosen, select, true {chosen} other {default}}){has_consequence, select, yes {: {consequence}} other {}}',
  'decision.played': `{forced, select, true {EXCON takes doctrine's answer for {actor}: {option, select, approve {approve the escort as an exception} decline {decline the escort} send {send a team} refuse {refuse: keep the team in} attend {attend} regrets {send regrets} transfer {transfer {area} to {to}} postpone {postpone: requires improvement} other {{option}}} ({reason})} other {{actor} (played) decides: {option, select, approve {approve the escort as an exception} decline {decline the escort} send {send a team} refuse {refuse: keep the team in} attend {attend} regrets {send regrets} transfer {transfer {area} to {to}} postpone {postpone: requires improvement} other {{option}}} — doctrine: {doctrine, select, approve {approve the escort as an exception} decline {decline the escort} send {send a team} refuse {refuse: keep the team in} attend {attend} regrets {send regrets} transfer {transfer {area} to {to}} postpone {postpone: requires improvement} other {{doctrine}}} ({reason})}}`,
  // ── decisions on knowledge (why, uninformed decisions) ──
  'decision.why':
    '{decider} {decision_key, select, escort_task {{verdict, select, accept {accepts the escort task for} other {declines the escort task for}}} poc {{verdict, select, none {sends nobody to} other {sends {verdict} to}}} handover {{verdict, select, transfer {decides to transfer} other {postpones}}} other {{verdict, select, approve {approves} other {declines}}}} {process}. Rules: {rules}. {others}',
  'decision.uninformed':
    '{decider} {decision_key, select, escort_task {{verdict, select, accept {accepts the escort task for} other {declines the escort task for}}} poc {{verdict, select, none {sends nobody to} other {sends {verdict} to}}} handover {{verdict, select, transfer {decides to transfer} other {postpones}}} other {{verdict, select, approve {approves} other {declines}}}} {process}: {judged} — {decider} has not received {missing}',
  'rule.criterion':
    '{criterion} {holds, select, true {met} other {not met}}{source, select, scenario { (set by the scenario)} other {}}{holds, select, true {{truth, select, true {} other { — in truth not met}}} other {{truth, select, true { — in truth met} other {}}}}{has_read, select, yes { (facts read: {read})} other {}}{has_missing, select, yes { (not received: {missing})} other {}}',
  'rule.judged': '{criterion} judged {holds, select, true {met} other {not met}}',
  'fact.missing': '{from}’s “{summary}” ({info})',
  'why-not.decline-all-met': 'Not declined: every criterion judged met',
  'why-not.decline-pressure':
    'Not declined: approved under pressure although {criteria} judged not met',
  'why-not.approve-unmet': 'Not approved: {criteria} judged not met',
  'why-not.approve-played': 'Not approved: the seat playing the decider declined',
  // decisions on knowledge: the POC responder choice
  'rule.responder':
    '{unit} {holds, select, true {able to respond} other {unable to respond}}{holds, select, true {{truth, select, true {} other { — in truth overwhelmed}}} other {{truth, select, true { — in truth able} other {}}}}{has_read, select, yes { (facts read: {read})} other {}}{has_missing, select, yes { (not received: {missing})} other {}}',
  'rule.judged-able':
    '{unit} judged {holds, select, true {able to respond} other {unable to respond}}',
  'why-not.poc-later':
    'Not sent first: {responders} (later in doctrine’s order for a {severity, select, high {high} medium {medium} other {low}} threat)',
  'why-not.poc-unable': 'Not tasked: {responders} judged unable to respond',
  'why-not.postpone-ready': 'Not postponed: every readiness criterion judged met',
  'why-not.postpone-played': 'Not postponed: the seat playing the authority transferred',
  'why-not.transfer-gaps': 'Not transferred: {gaps}',
  'why-not.transfer-played': 'Not transferred: the seat playing the authority postponed',
  'exercise.end': 'end of exercise at {at}',
  'process.started': 'starts ({machine})',
  transition: '{event}: {before} → {after}',
  'message.no-actor': 'cannot send "{about}": no actor "{to}"',
  'message.no-path':
    'cannot send "{about}" to {to}: the {structure} structure has no path from {from}',
  'message.sent': 'sends "{about}" to {to}{has_via, select, yes { via {via}} other {}}',
  'message.lost':
    '"{about}" lost on the {channel} link {hopFrom} → {hopTo} (reliability {reliability, number})',
  'message.unanswered': '"{about}" goes unanswered at {by}',
  'message.delivered': '"{about}" handled by {by} after {minutes, number, integer} min',
  'information.reached': '{actor} learns of {info}',
  // ── components ──
  'task.unanswered':
    'no answer to "{about}": swamped ({workload, plural, one {# task} other {# tasks}}, capacity {capacity})',
  'task.taken':
    'takes up "{about}" from {from} ({workload} of {capacity, plural, one {# task} other {# tasks}})',
  'team.out': 'one {unit} goes out ({out} of {teams} out)',
  'team.none': 'no {unit} free ({out} of {teams} out)',
  'team.refused': 'keeps its {unit}s in: the request is refused ({out} of {teams} out)',
  'team.back': 'one {unit} back ({out} of {teams} out)',
  'capacity.changed':
    'capacity now {capacity, plural, one {# task} other {# tasks}}, {teams, plural, one {# team} other {# teams}}',
  'capacity.changed-certified':
    'capacity now {capacity, plural, one {# task} other {# tasks}}, {teams, plural, one {# team} other {# teams}}; {certified} of eligible officers certified',
  'readiness.initial': `{id} ({role}) readiness: {readiness}; HRDDP ${HRDDP}{mentoring, select, weekly {; UN Police mentoring adds {improvement} certified a week} suspended {; UN Police mentoring suspended under HRDDP} other {}}`,
  'readiness.reported': `{id} reports its readiness: {readiness}; HRDDP ${HRDDP}`,
  'readiness.mentored': `week {week} of UN Police mentoring: ${BY('certified', '—')} of eligible officers certified`,
  // ── escorts ──
  'escort.stand-down': `${BY('by', 'a provider')} offers a team no longer needed: told to stand down`,
  'escort.requested':
    '{requester} needs to move "{convoy}" to {area} ({need}) and considers alternatives to an armed escort',
  'escort.alternative':
    'no escort requested: {alternative} meets the need (IASC: armed escorts are a last resort)',
  'escort.submitted':
    'no alternative meets the need: armed escort requested{has_facilitator, select, yes { through {facilitator}} other {}}',
  'escort.facilitated': '{facilitator} checks the request and takes it to {decider}',
  'escort.follow-up-facilitator': 'no answer from {facilitator}: {requester} follows up',
  'escort.follow-up-decider': 'no decision from {decider} yet: follow-up sent',
  'escort.follow-up-provider': `no answer from ${BY('provider', 'the provider')} to the tasking: {decider} tasks again`,
  'escort.approved':
    '{decider} approves an armed escort as an exception: all four IASC criteria met',
  'escort.approved-under-pressure': '{decider} approves under pressure although {criteria} not met',
  'escort.declined': '{decider} declines: {criteria} not met',
  'escort.approved-played':
    '{decider} approves an armed escort (doctrine: {doctrine, select, approve {approve} other {decline}} — {reason})',
  'escort.declined-played':
    '{decider} declines the armed escort (doctrine: {doctrine, select, approve {approve} other {decline}} — {reason})',
  'escort.decision-known':
    '{requester} learns the escort is {approved, select, true {approved} other {declined}}',
  'escort.tasked': `${BY('provider', 'provider')} provides an escort team`,
  'escort.provider-refused': `${BY('provider', 'provider')} has no team free: ${BY('next', 'the next provider')} is asked`,
  'escort.unfilled': 'no provider can escort "{convoy}": approved escort not provided',
  'escort.incident': 'security incident during the escorted movement to {area}',
  'escort.completed': 'escorted movement to {area} completed',
  'escort.reviewed': 'escort reviewed: the exit plan applies, escorts to be discontinued',
  'escort.lock-in-risk': 'escort reviewed: no exit plan — risk that escorts lock in',
  'escort.stalled':
    'escort request {id} stalled: no decision after {attempts, plural, one {# attempt} other {# attempts}}',
  // ── notifications and information ──
  'notification.sent':
    '{by} notifies the movement of "{convoy}" to {area}: information only, no approval needed',
  'notification.received': `notification received by ${BY('by', 'recipient')}`,
  'information.sent': '{from} passes on "{summary}" to {to}',
  'information.received': `received by ${BY('by', '?')}{all, select, true {: everyone has it} other {}}`,
  // ── meetings ──
  'meeting.scheduled':
    '{name}: chaired by {chair}, {invited, plural, one {# invitee} other {# invitees}}, first session {first}{has_every, select, yes {, then every {every}} other { (single session)}}, quorum {quorum}',
  'meeting.late-reply': `late reply from ${BY('by', 'an invitee')}: the invitation round is over, counted absent`,
  'meeting.minutes-read': `minutes of session {session} read by ${BY('by', 'an absentee')}`,
  'meeting.cannot-reach': `${BY('who', 'an invitee')} cannot be reached by the {minutes, select, true {minutes} other {meeting}}`,
  'meeting.invited':
    '{chair} invites {invitees} to the {name} at {start} (session {session}{round, plural, =0 {} =1 {} other {, invitation round #}})',
  'meeting.reply': `${BY('by', 'an invitee')} {accepted, select, true {will attend} other {sends regrets: overloaded}}`,
  'meeting.unreachable': `${BY('who', 'an invitee')} is unreachable: the invitation finds no path, counted absent`,
  'meeting.held':
    '{name} session {session} held: {present} of {invited} invitees present, quorum {quorum}{has_absent, select, yes {; absent: {absent}} other {}}',
  'meeting.postponed':
    '{name} postponed: {present} of {invited} invitees present, quorum {quorum}; {merged, select, true {{tries, plural, =0 {} one {already put back once, } other {already put back # times, }}merged into the next regular session at {next}} other {reconvenes at {next}}}',
  'meeting.cancelled':
    '{name} cancelled: {present} of {invited} invitees present, quorum {quorum}, and no later session is planned',
  'meeting.ended':
    '{name} session {session} ends: {has_absent, select, yes {minutes go to {absent}} other {everyone invited attended, no minutes to send}}; {has_next, select, yes {next session {next}} other {the series is over}}',
  // ── protection of civilians ──
  'poc.copy-received': 'another copy of the report on {id} reaches {by}',
  'poc.informed': `${BY('by', 'an actor')} is informed of {id}`,
  'poc.stand-down': `${BY('by', 'a responder')} offers a team too late for {id}: told to stand down`,
  'poc.late-answer': `late answer from ${BY('by', 'a responder')}: already settled`,
  'poc.team-free': `${BY('by', 'the responder')}'s team is free again`,
  'poc.cannot-tell': `${BY('to', 'an actor')} cannot be told of {id}: no path in this structure`,
  'incident.occurred':
    '{reporter} witnesses {id} in {area} ({severity}{threatToCivilians, select, true {, threat to civilians} other {, no threat to civilians}}): {summary}',
  'poc.follow-up-report': 'no acknowledgement from {hub}: {reporter} reports {id} again',
  'poc.follow-up-referral': 'no acknowledgement from {decider}: {hub} refers {id} again',
  'poc.follow-up-tasking': `no answer from ${BY('responder', '?')}: {decider} tasks again`,
  'poc.aware': '{hub} is aware of {id}{has_informs, select, yes { and informs {informs}} other {}}',
  'poc.not-required': '{hub} logs {id}: no threat to civilians, so no POC response is needed',
  'poc.decided': `{decider} decides: ${BY('responder', '?')} responds {instead, select, true {instead} other {to {id}}} ({preferred, select, true {{unit_key, select, military {high threat: the military for physical protection} police {medium threat: UN police for public order} other {low threat: host-state police hold the primary responsibility and are able}}} other {{severity} threat: the preferred responders are unavailable, next in line}})`,
  'poc.decided-played': `{decider} decides: ${BY('responder', '?')} responds to {id} (doctrine: {doctrine} — {reason})`,
  'poc.tasked': `${BY('responder', '?')} sends a team to {area} (about {travel} away)`,
  'poc.refused': `${BY('responder', '?')} has no team free for {id}`,
  'poc.no-path': `{decider} has no path to ${BY('responder', '?')}`,
  'poc.never-answered': `${BY('responder', '?')} never answered the tasking for {id}`,
  'poc.responded': `${BY('responder', '?')}'s team is on site in {area}: civilians protected`,
  'poc.closed': `${BY('responder', '?')}'s team leaves {area} after {onSite} and returns to base`,
  'poc.unanswered': '{id} unanswered: {reason}',
  // ── handovers ──
  'handover.started':
    '{flow_key, select, military_to_police {handover of {area} from {from} to {to} starts: joint assessment → joint planning → co-located operations → transfer of authority → monitoring ({authority} decides)} other {handover of {area} from {from} to {to} starts against the readiness criteria: self-assessment → joint field assessment → joint decision by {authority}}}',
  'handover.briefed':
    '{late, select, true {the intelligence briefing on {area} reaches {to} only after the transfer} other {{to} receives the intelligence briefing on {area} from {from}}}',
  'handover.review-noted':
    'review of {area} after "{reason}" ({severity}) noted: nothing transferred yet to reverse',
  'handover.briefing-cut':
    'no path under this structure from {from} to {to}: the intelligence briefing on {area} cannot be passed',
  'handover.no-path': 'handover of {area} cannot go on: no path under this structure to {to}',
  'handover.no-path-after': 'no path to {to}: {area} stays with {holder} unreviewed',
  'handover.late-answer': `{event} from ${BY('by', 'an actor')} arrives after that step of the handover of {area}: nothing to do`,
  'handover.follow-up':
    '{step_key, select, convening {no answer from {asked} to the joint assessment: {asker} follows up} plan {no answer from {asked} on the joint plan: {asker} follows up} co_location {no word from {asked} on co-location: {asker} follows up} authorisation {no decision from {asked} on the transfer of authority: follow-up sent} assuming {no answer from {asked} on assuming {area}: {asker} follows up} self_assessment {no self-assessment from {asked} yet: {asker} follows up} field_assessment {no answer from {asked} on the joint field assessment: follow-up sent} other {no acknowledgement from {asked} of the transfer: {asker} follows up}}',
  'handover.gap-opened':
    '{during, select, phases {{from} withdraws from {area} before the transfer of authority: security gap opens, no unit holds {area}; {has_cut, select, yes {{cut} cut short{has_skipped, select, yes {, {skipped} skipped} other {}}} other {no joint phase left to cut}}} transfer {{from} withdraws from {area} while the transfer of authority is still pending: security gap opens} other {{from} withdraws from {area} with the handover stalled: security gap opens}}',
  'handover.phase':
    '{phase_key, select, joint_assessment {joint assessment: {from} and {to} assess {area} together} joint_planning {joint planning: {from} briefs {to} on {area} and submits the joint plan to {authority}} co_located_operations {co-located operations: {to} deploys alongside {from} in {area}} transfer_of_authority {transfer of authority: {from} asks {authority} to transfer {area} to {to}} monitoring {monitoring of {area} for {monitoring}{has_reviewEvery, select, yes {, reviewed every {reviewEvery}} other {}}} self_assessment {self-assessment: {to} assesses its readiness for {area} (assessment {assessment})} joint_field_assessment {joint field assessment of {area} by {from} with {to}} joint_decision {joint decision by {authority} on {area}} other {{phase}: {area}}}',
  'handover.joined': '{to} joins the joint assessment of {area}',
  'handover.phase-done':
    '{phase_key, select, joint_assessment {joint assessment done with {to}: moving to joint planning} joint_planning {joint planning done with {to} and {authority}: moving to co-located operations} co_located_operations {co-located operations done with {to}: moving to transfer of authority} other {joint field assessment of {area} done: findings go to {authority}}}',
  'handover.endorsed': '{authority} endorses the joint plan for {area}',
  'handover.co-located': '{from} and {to} operate together in {area}',
  'handover.authorised': '{authority} authorises the transfer of authority for {area} to {to}',
  'handover.transferred':
    '{flow, select, military {transfer of authority: {to} assumes lead security responsibility for {area} from {from}} other {{to} resumes lead security responsibility for {area} from {from}}}',
  'handover.gap-closed': 'security gap in {area} closes',
  'handover.no-gap': 'no security gap: {from} held {area} until the transfer',
  'handover.intel-held': '{to} holds the intelligence briefing',
  'handover.intel-lost':
    '{to} takes over without the intelligence briefing: {briefing, select, lost {the briefing from {from} never arrived} other {{from} withdrew before passing it}}',
  'handover.waiting':
    '{to} has no team free: transfer of authority for {area} waits (asked again in {retry})',
  'handover.asked-again': '{authority} asks {to} again to assume {area}',
  'handover.withdrawn-after': '{from} withdraws from {area} after the transfer: no gap',
  'handover.reviewed':
    '{outcome, select, stands {review of {area} after "{reason}" ({severity}): the handover to {to} stands} other {monitoring review of {area}: criteria still met ({readiness})}}',
  'handover.self-assessed': '{to} self-assessment: {readiness}',
  'handover.not-ready': '{authority} finds {area} not ready: requires improvement: {gaps}',
  'handover.held-back':
    '{authority} holds the transfer of {area} back although every readiness criterion is met',
  'handover.decided-played':
    '{authority} decides to {decision, select, transfer {transfer {area}} other {postpone the transfer of {area}}} (doctrine: {doctrine, select, transfer {transfer} other {postpone}} — {reason})',
  'handover.postponed': 'handover of {area} postponed: reassessment in {reassessAfter}',
  'handover.reassessed': '{reassessAfter} on: {area} is assessed again',
  'handover.ready':
    '{authority} finds {area} ready ({readiness}; {threshold} required){mitigation, select, true {, with HRDDP mitigation measures} other {}}: lead responsibility to pass to {to}',
  'handover.review-prompted': '"{reason}" ({severity}) prompts a readiness review of {area}',
  'handover.review-due': 'monitoring review of {area} due: {to} reports its readiness',
  'handover.review-unanswered':
    'no answer from {to} to the monitoring review of {area}: next review in {reviewEvery}',
  'handover.completed': 'monitoring of {area} over: {to} holds lead security responsibility',
  'handover.reversed':
    'strategic reversal: {reason}: lead security responsibility for {area} returns from {to} to {from}',
  'handover.blocked':
    '{authority} blocks the handover of {area} to {to}: support suspended under HRDDP (grave violations)',
  'handover.stalled':
    'handover of {area} stalled in {phase}: no answer after {attempts, plural, one {# attempt} other {# attempts}}',
  // ── what messages are about ──
  'about.text': '{text}',
  'about.relay': 'relay: {about}',
  'about.escort-request': 'escort request {id}',
  'about.escort-for-decision': 'escort request {id} for decision',
  'about.escort-declined': 'escort {id} declined',
  'about.escort-approved': 'escort {id} approved',
  'about.escort-tasking': 'tasking: escort {id} to {area}',
  'about.escort-over': 'escort {id} over: team released',
  'about.escort-stand-down': 'stand down: escort {id} needs no further team',
  'about.notification': 'movement notification {id}',
  'about.meeting-invitation': 'invitation: {name}, {start}',
  'about.meeting-minutes': 'minutes: {name}, session {session}',
  'about.poc-report': `incident report {id}${FOLLOW_UP}`,
  'about.poc-for-information': 'incident {id}: for information',
  'about.poc-referral': `threat to civilians {id}: response needed${FOLLOW_UP}`,
  'about.poc-tasking': `tasking: protect civilians, {id} in {area}${FOLLOW_UP}`,
  'about.poc-team-back': '{id}: team back to base',
  'about.poc-stand-down': 'stand down: {id} is covered',
  'about.handover-joint-assessment': 'joint assessment of {area} for handover {id}',
  'about.handover-briefing': 'intelligence briefing on {area} (handover {id})',
  'about.handover-joint-plan': 'joint plan for the handover of {area} to {to}',
  'about.handover-co-location': '{to} deploys alongside {from} in {area}',
  'about.handover-toa-request': 'request: transfer of authority for {area} to {to}',
  'about.handover-assume': 'assume lead security responsibility for {area}',
  'about.handover-self-assessment':
    'self-assessment of readiness for {area} (assessment {assessment})',
  'about.handover-field-assessment': 'joint field assessment of {area}: {readiness}',
  'about.handover-transfer': 'transfer of lead security responsibility for {area}',
  'about.handover-review': 'monitoring review of readiness for {area}',
  'about.handover-released': '{area} back with {from}: team released',
  // ── reasons, gaps, criteria, readiness ──
  'reason.no-path': '{from} has no path to {to}',
  'reason.report-lost': 'the report never reached {hub} after {followUps} follow-ups',
  'reason.referral-lost': '{decider} never received the referral after {followUps} follow-ups',
  'reason.none-able': 'no responder able to respond ({responders})',
  'reason.no-responders': 'no responders in this structure',
  'reason.no-team': 'no responder could send a team ({candidates})',
  'reason.review': '"{reason}" ({severity} severity)',
  'reason.review-gaps': 'monitoring review finds {gaps}',
  'reason.review-hrddp': 'monitoring review finds support suspended under HRDDP',
  'gap.no-report': 'no readiness report',
  'gap.respond': 'unable to respond to the security environment',
  'gap.certified': '{certified} certified, {threshold} required',
  'gap.logistics': 'initial logistics not in place',
  'gap.stability':
    'institutional stability not established (command and control, human rights, community acceptance)',
  'criterion.1': 'criterion 1 (need and no alternative)',
  'criterion.2': 'criterion 2 (host state unable or unwilling)',
  'criterion.3': 'criterion 3 (escort credible and safe)',
  'criterion.4': 'criterion 4 (sustainable with an exit plan)',
  'doctrine.escort-met': 'all four IASC criteria met',
  'doctrine.escort-pressure': 'under pressure although {criteria} not met',
  'doctrine.escort-unmet': '{criteria} not met',
  'doctrine.team-free': 'a team is free ({out} of {teams} out)',
  'doctrine.within-capacity':
    'within capacity ({workload} of {capacity, plural, one {# task} other {# tasks}})',
  'doctrine.overloaded':
    'overloaded ({workload} of {capacity, plural, one {# task} other {# tasks}})',
  'doctrine.readiness-met': 'all readiness criteria met',
  'doctrine.readiness-gaps': 'requires improvement: {gaps}',
  'doctrine.poc':
    '{preferred, select, true {{unit_key, select, military {high threat: the military for physical protection} police {medium threat: UN police for public order} other {low threat: host-state police hold the primary responsibility and are able}}} other {{severity} threat: the preferred responders are unavailable, next in line}}',
  readiness:
    '{certified} certified, {respond, select, true {able to respond} other {unable to respond}}, {logistics, select, true {logistics in place} other {logistics missing}}, {stability, select, true {institutionally stable} other {institutionally unstable}}',
  'readiness.none': 'no readiness data',
  // ── terms ──
  'phase.starting': 'starting',
  'phase.joint assessment': 'joint assessment',
  'phase.joint planning': 'joint planning',
  'phase.co-located operations': 'co-located operations',
  'phase.transfer of authority': 'transfer of authority',
  'phase.monitoring': 'monitoring',
  'phase.self-assessment': 'self-assessment',
  'phase.joint field assessment': 'joint field assessment',
  'phase.joint decision': 'joint decision',
  'phase.transfer': 'transfer',
  'need.life-saving': 'life-saving',
  'need.critical': 'critical',
  'need.routine': 'routine',
  'severity.low': 'low',
  'severity.medium': 'medium',
  'severity.high': 'high',
  'alternative.other-route': 'another route',
  'alternative.other-timing': 'another timing',
  'alternative.access-negotiation': 'access negotiation',
  'alternative.notification': 'a movement notification',
  'alternative.unarmed': 'an unarmed movement',
  'alternative.remote-delivery': 'remote delivery',
  'unit.component': 'team',
  'unit.military': 'escort or patrol team',
  'unit.police': 'police unit',
  'unit.humanitarian': 'field team',
  'unit.civilian': 'engagement team',
  'channel.radio': 'radio',
  'channel.liaison': 'liaison',
  'channel.report': 'report',
  'channel.meeting-only': 'meeting-only',
  // ── world-support: HRDDP across UN support, joint patrols, readiness moved by events ──
  'about.patrol-tasking': 'team for joint patrol {id} in {area}',
  'about.patrol-over': 'joint patrol {id} over',
  'hrddp.refused': `${BY('by', 'the UN')} gives {unit} no {support}: UN support suspended under the HRDDP (Human Rights Due Diligence Policy)`,
  'hrddp.mitigated': `${BY('by', 'the UN')} gives {unit} {support} under HRDDP mitigation measures despite the suspension: {measures}`,
  'readiness.overwhelmed':
    '{id} is overwhelmed by {incident} in {area}: no longer able to respond to the security environment',
  'readiness.respond-changed':
    '{id} {respond, select, true {is able to respond to the security environment again} other {can no longer respond to the security environment}}',
  'handover.review-readiness': `readiness review of {area}: {has_incident, select, yes {{to} overwhelmed by {incident}} other {HRDDP status of {to} now ${HRDDP}}} during monitoring, the criteria are checked again`,
  'hrddp.changed': `HRDDP status of UN support to {id} now ${HRDDP}{has_reason, select, yes {: {reason}} other {}}`,
  'escort.alternative-opens':
    '{alternative} is available now: request {id} withdrawn {stage, select, before_escort {before the escort sets out} other {before the decision}} (IASC: armed escorts are a last resort)',
  'escort.alternative-waits':
    '{alternative} meets the need only from {at}: the request goes ahead meanwhile',
  'escort.withdrawn-answer': `${BY('by', 'the authority')} answers a request already withdrawn: nothing follows`,
  'patrol.planned': '{unit} plans a joint patrol with {partner} in {area} ({length})',
  'patrol.started': '{unit} and {partner} patrol {area} together',
  'patrol.completed': 'joint patrol of {unit} and {partner} in {area} completed',
  'patrol.cancelled':
    'joint patrol of {unit} and {partner} in {area} cancelled: {has_refused, select, yes {{refused} had no team to send} other {no answer in time}}',
  'patrol.answer': `${BY('by', 'a unit')} {accepted, select, true {sends a team for the patrol} other {has no team for the patrol}}`,
  'patrol.team-back': `${BY('by', 'a unit')}'s patrol team is back`,
  'patrol.stand-down': `${BY('by', 'a unit')} offers a team for a patrol no longer on: told to stand down`,
  'handover.toa-before-arrival':
    'transfer of authority for {area} before {to} arrives (at {arrives}){gap, select, true {: no one holds the area on the ground until then} other {}}',
  'handover.arrived':
    '{to} arrives in {area}{gapClosed, select, true {: the security gap closes} other {}}',
  'support.escort': 'escort',
  'support.joint-patrol': 'joint patrols',
  'support.poc-response': 'tasking in a POC response',
  'support.mentoring': 'mentoring',
  'support.handover': 'supported handover',
  // ── the CLI ──
  'cli.description': 'Simulate coordination inside a UN peace operation from a YAML scenario.',
  'cli.version': 'print the version',
  'cli.help': 'show help',
  'cli.help-command': 'show help for a command',
  'cli.after-error': '(add --help for usage and examples)',
  'cli.lang': 'language of the output: en or fr (default: from LC_ALL, LC_MESSAGES or LANG)',
  'cli.epilogue': `
Exit codes: 0 ok, 1 invalid input (scenario, file, structure), 2 usage error.

Examples:
  $ peacemesh validate scenarios/*.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --structure joc-centred --json > run.json
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh --lang fr run scenarios/convoy-escort-dilemma.yaml
  $ peacemesh run --help
`,
  'cli.error': 'error: {message}',
  'cli.title.usage': 'Usage:',
  'cli.title.options': 'Options:',
  'cli.title.global-options': 'Global Options:',
  'cli.title.arguments': 'Arguments:',
  'cli.title.commands': 'Commands:',
  // '' is ICU for one straight apostrophe (a lone one before { would quote the argument)
  'cli.usage.missing-argument': "error: missing required argument ''{name}''",
  'cli.usage.unknown-option': "error: unknown option ''{name}''",
  'cli.usage.unknown-command': "error: unknown command ''{name}''",
  'cli.usage.invalid': "error: option ''{name}'' argument ''{value}'' is invalid.",
  'cli.usage.did-you-mean': '(Did you mean {guess}?)',
  'cli.usage.default': '(default: {value})',
  'cli.location': '{file}:{line}:{col}: {message}',
  'cli.validate.description':
    'check scenario files and report every problem with its line and column',
  'cli.validate.files': 'scenario files (YAML)',
  'cli.validate.epilogue': `
Prints "ok  FILE — N actors, N structures, N injects" for each valid file, and each problem
as "file:line:col: message" on stderr. Exit code: 0 all valid, 1 any invalid or unreadable,
2 usage error.

Examples:
  $ peacemesh validate scenarios/convoy-escort-dilemma.yaml
  $ peacemesh validate scenarios/*.yaml
`,
  'cli.validate.ok':
    'ok  {file} — {actors, plural, one {# actor} other {# actors}}, {structures, plural, one {# structure} other {# structures}}, {injects, plural, one {# inject} other {# injects}}{warnings, plural, =0 {} one {; # warning} other {; # warnings}}',
  'cli.validate.invalid': '{invalid} of {total} files invalid',
  'cli.run.description': 'run a scenario once and print its timeline and metrics',
  'cli.run.file': 'scenario file (YAML)',
  'cli.run.structure': "coordination structure id (default: the scenario's default)",
  'cli.run.seed': 'random seed: same seed, same run',
  'cli.run.until': 'stop the run after this exercise time',
  'cli.run.json':
    "print one JSON document '{' scenario, title, structure, seed, until, log, metrics, hash '}'",
  'cli.run.verbose': 'show every log entry, including tasks taken up and messages relayed',
  'cli.run.epilogue': `
The timeline has one line per event: exercise time, actor, what happened. Injects, escort
requests and decisions, meetings, handovers, incidents and lost messages are shown; desks
taking up and finishing tasks only with --verbose. A metrics summary and the log hash
(equal hashes mean identical runs, in any language) follow. Exit code: 0 ok, 1 invalid
scenario or unknown structure, 2 usage error.

Examples:
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --structure liaison-mesh --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --until T+12:00 --verbose
  $ peacemesh run scenarios/carana-three-bad-days.yaml --json > run.json
  $ peacemesh run scenarios/carana-three-bad-days.yaml --decide dp-tokono-escort=approve-under-pressure
  $ peacemesh run scenarios/carana-three-bad-days.yaml --inputs carana-three-bad-days-1.peacemesh.json
`,
  'cli.run.header':
    '{title} — structure {structure} ({name}), seed {seed}{has_until, select, yes {, until {until}} other {}}',
  'cli.run.metrics': 'Metrics',
  'cli.run.hash':
    'log hash {hash} ({entries} entries, {shown} shown{verbose, select, true {} other {; --verbose shows all}})',
  'cli.run.no-structure': 'no structure "{structure}"; this scenario has: {names}',
  'cli.seed.invalid': 'Expected a whole number from 0 to 2147483647, like 1 or 42.',
  'cli.until.invalid': 'Expected an exercise time written T+hh:mm, like T+06:30 or T+49:15.',
  // ── metric names ──
  'metric.escortRequests': 'Escort requests',
  'metric.alternativesUsed': 'Alternatives used instead',
  'metric.escortApprovals': 'Escorts approved',
  'metric.escortDeclines': 'Escorts declined',
  'metric.decisionTimeMean': 'Time to escort decision (mean)',
  'metric.decisionTimeP90': 'Time to escort decision (p90)',
  'metric.decisionKnownMean': 'Time until requester knows (mean)',
  'metric.approvedWithCriterionUnmet': 'Approved with a criterion unmet',
  'metric.escortsProvided': 'Escorts provided',
  'metric.escortsUnfilled': 'Approved escorts not provided',
  'metric.escortRequestsStalled': 'Escort requests stalled',
  'metric.escortLockIn': 'Escort lock-in (repeat requesters)',
  'metric.meetingsHeld': 'Meetings held',
  'metric.meetingsPostponed': 'Meetings postponed',
  'metric.meetingAttendanceMean': 'Meeting attendance (mean share)',
  'metric.incidentToJocMean': 'Incident → JOC (mean)',
  'metric.incidentToAllMean': 'Incident → all who need it (mean)',
  'metric.informationReach': 'Information reach',
  'metric.handoversCompleted': 'Handovers completed',
  'metric.handoverPostponements': 'Handover postponements',
  'metric.handoverReversals': 'Handover reversals',
  'metric.securityGapMinutes': 'Security gap',
  'metric.handoverIntelLost': 'Handovers without the intelligence briefing',
  'metric.hrddpRefusals': 'UN support refused under HRDDP',
  'metric.jointPatrols': 'Joint patrols completed',
  'metric.pocIncidents': 'POC incidents',
  'metric.pocResponseMean': 'POC response time (mean)',
  'metric.pocUnanswered': 'POC incidents unanswered',
  'metric.messagesSent': 'Messages sent',
  'metric.messagesDelivered': 'Messages delivered',
  'metric.messagesLost': 'Messages lost',
  'metric.messagesUndeliverable': 'Messages undeliverable',
  'metric.messagesUnanswered': 'Messages unanswered (overload)',
  // ── compare: help and the table (src/cli/compare.ts, compare-report.ts) ──
  'cli.compare.description':
    'run a scenario under several structures and many seeds, and compare the metrics',
  'cli.compare.structures':
    'structure ids, comma-separated; the first is the reference (default: all, default first)',
  'cli.compare.seeds': 'how many seeds per structure',
  'cli.compare.seed-start': 'first seed',
  'cli.compare.sweep': 'vary a scenario value (repeat to cross several); see docs/COMPARE.md',
  'cli.compare.workers':
    'worker threads (default: from the plan’s size, up to the cores — a second thread from a few hundred runs of a small mission, sooner for a large one)',
  'cli.compare.workers-default': 'the cores available',
  'cli.compare.sample':
    'sample the sweeps instead of every combination: lhs:N (Latin hypercube) or random:N',
  'cli.compare.sample-seed': 'seed of the sample design',
  'cli.compare.format': 'output format (jsonl: one run a line)',
  'cli.compare.rows': 'for csv and json: summary rows, one per run, or sensitivity',
  'cli.compare.queue':
    'run on the job queue (peacemesh worker on any machine) instead of local threads',
  'cli.compare.run-id': 'with --queue: name of the sweep in Redis; the same id resumes it',
  'cli.compare.out': 'write the output to this file instead of stdout',
  'cli.compare.metrics': 'metrics to report (default: those with values)',
  'cli.compare.metric': 'Metric',
  'cli.compare.reference': '{structure} (reference)',
  'cli.compare.better':
    '{better, select, higher {higher is better} lower {lower is better} other {}}',
  'cli.compare.runs': '{completed, number, ::group-off} of {planned, number, ::group-off} runs',
  'cli.compare.per':
    '{structures, plural, one {# structure} other {# structures}} × {seeds, plural, one {# seed} other {# seeds}}{kind, select, lhs { × {points} sampled points (Latin hypercube, design seed {designSeed})} random { × {points} sampled points (random, design seed {designSeed})} sweep { × {points} sweep points} other {}}',
  'cli.compare.ran':
    'seeds {range}, reference {reference}, {runs}{seconds, select, none {} other { in {seconds} s}}{workers, plural, =0 {} one { on # worker} other { on # workers}}',
  'cli.compare.partial':
    'PARTIAL: stopped after {runs}; the numbers below cover only the runs that finished.',
  'cli.compare.pooled': 'Over all {points} sampled points',
  'cli.compare.point': 'Sweep: {label}',
  'cli.compare.epilogue': `
Every structure runs with every seed (and every sweep value); the table shows each metric''s
mean over the seeds with its 10th–90th percentile range, and the difference from the first
structure with a 95% confidence interval. CSV has one row per structure and metric; JSON has
every run. Runs are independent, so any --workers gives the same numbers. A progress bar is
drawn on stderr when it is a terminal; Ctrl-C stops and prints what finished, marked partial.
Sweep paths (docs/COMPARE.md): list items by id, links as from>to, "*" for all items, e.g.
  structures.hub.links[ocha>hc].latency=30m,1h,2h   actors.bn-east.teams=1,2,3
  structures.*.meetings.cmcoord-forum.every=12h,24h  injects.*.event.threshold=0.7,0.8
A range path=low..high (1..4, 0.5..0.9, 30m..2h) is sampled with --sample lhs:200 or
random:200 (seeded by --sample-seed); the table then pools the sampled points, and a
sensitivity line per metric says which swept value moves it most. --rows runs gives one row
per run (structure, sweep values, seed, every metric); --format jsonl --out FILE writes each
run as it finishes. With --queue redis://host:6379/0 the runs go to "peacemesh worker"
processes on any number of machines (docs/COMPARE.md); the numbers are the same.
Exit code: 0 ok, 1 invalid scenario, structure or sweep value, 2 usage error, 130 stopped
by Ctrl-C (partial output printed).

Examples:
  $ peacemesh compare scenarios/carana-three-bad-days.yaml --seeds 200
  $ peacemesh compare scenarios/convoy-escort-dilemma.yaml --structures cmcoord-hub,liaison-mesh --format csv --out compare.csv
  $ peacemesh compare scenarios/carana-three-bad-days.yaml --sweep ''actors.*.teams=1,2'' --metrics decisionTimeMean,escortsUnfilled
`,
  'cli.compare.how-to-read': `How to read this: each cell is the mean over the seeds, then [10th–90th percentile]: the
middle 80% of runs. Under it, Δ is that mean minus the reference''s ({reference}), with
its 95% confidence interval (Welch) in parentheses. When the interval excludes zero the
difference is unlikely to be chance, and "better" or "worse" says which way it goes for
that metric ("differs" when neither way is better); no mark means the structures may well
not differ on it. "—": nothing to measure (no escort requested…); n=: runs with a value.`,
  // ── the app (src/ui, src/store): its own file, so the app's keys stay in one place ──
  ...appEn,
  // ── scenario warnings and run inputs in the CLI ──
  'cli.warning': '{file}:{line}:{col}: warning: {message}',
  'cli.run.decide':
    'take OPTION at the decision point ID (repeatable), as a student or a trainer did in the app',
  'cli.run.inputs':
    "replay the decisions and live injects of FILE: a run exported by the app, an exercise package, or JSON '{' decisions, injects, played '}'",
  'cli.decide.invalid': 'Expected ID=OPTION, like dp-tokono-escort=apply-criteria.',
  'cli.inputs.not-json': 'not JSON ({why})',
  'cli.inputs.not-inputs':
    'not run inputs: expected a run exported by the app ("format": "peacemesh-run"), an exercise package ("format": "peacemesh-exercise") or a JSON object with "decisions", "injects" or "played"',
  'cli.inputs.package': 'the exercise journal does not replay ({why})',
  'cli.inputs.bad-decisions':
    '"decisions" must map decision point ids to option ids, like \'{\' "dp-escort": "approve" \'}\'',
  'cli.inputs.bad-injects': '"injects" must be a list of live injects, as the app exports them',
  'cli.inputs.bad-played':
    '"played" must map decision keys to answers, like \'{\' "convoy-1:decision": "approve" \'}\'',
  'cli.inputs.bad-structure': '"structure" must be the id of a structure of the scenario',
  'cli.inputs.bad-seed': '"seed" must be a whole number from 0',
  'cli.inputs.other-scenario':
    'these inputs were recorded on the scenario "{theirs}", but {file} is "{ours}": give the scenario they were recorded on',
  'cli.inputs.unknown-decision':
    'no decision point "{id}" in this scenario;{has_guess, select, yes { did you mean "{guess}"?} other {}} {has_ids, select, yes {decision points: {ids}} other {it has none}}',
  'cli.inputs.unknown-option':
    'decision point "{id}" has no option "{option}";{has_guess, select, yes { did you mean "{guess}"?} other {}} options: {options}',
  'cli.inputs.bad-inject':
    'live inject {n} is not one PeaceMesh can run: it needs "at" (minutes), "text" and an "event" the scenario format allows',
  'cli.inputs.inject-actor':
    'live inject {n} names the actor "{actor}", which this scenario does not have',
  'cli.inputs.inject-area':
    'live inject {n} names the area "{area}", which this scenario does not have',
  // ── scenario checks (core/scenario/problems.ts): located errors and warnings ──
  'problem.mark-unknown':
    'unknown log mark "{mark}" in "on";{has_guess, select, yes { did you mean "{guess}"?} other {}} a conditional inject waits for a mark the run writes: {marks}',
  'problem.mark-without-ref':
    '"ref" cannot go with "{mark}": those log entries are about nothing the scenario names (an inject or a message), so this inject would never arrive; remove "ref"',
  'problem.ref-unknown':
    'unknown id "{ref}" in "ref": "{mark}" entries are about {about_key, select, escort_request {escort requests} movement_notification {movement notifications} incident {incidents} handover {handovers} information {information events} meeting {meetings} decision {decision points} actor {actors} event {events with an id} process {escort requests, incidents, meetings and handovers} other {{about}}}, and none has this id, so this inject would never arrive;{has_guess, select, yes { did you mean "{guess}"?} other {}} {has_ids, select, yes {ids: {ids}} other {this scenario has none}}',
  'problem.ref-other-kind':
    '"{ref}" in "ref" is {is_key, select, escort_request {an escort request} movement_notification {a movement notification} incident {an incident} handover {a handover} information {an information event} meeting {a meeting} decision {a decision point} actor {an actor} other {{is}}}, but "{mark}" entries are about {about_key, select, escort_request {escort requests} movement_notification {movement notifications} incident {incidents} handover {handovers} information {information events} meeting {meetings} decision {decision points} actor {actors} event {events with an id} process {escort requests, incidents, meetings and handovers} other {{about}}}: this inject would never arrive; choose a mark about it in "on", or another "ref"',
  'problem.mark-never':
    'nothing in this scenario can write "{mark}": it has no {about_key, select, escort_request {escort requests} movement_notification {movement notifications} incident {incidents} handover {handovers} information {information events} meeting {meetings} decision {decision points} actor {actors} event {events with an id} process {escort requests, incidents, meetings and handovers} other {{about}}}, so this inject never arrives (unless a trainer pushes one live)',
  'problem.metric-unknown':
    'unknown metric "{metric}" in "metrics";{has_guess, select, yes { did you mean "{guess}"?} other {}} metrics: {metrics}',
  'problem.quorum-too-high':
    '"quorum" {count} is more invitees than this meeting has ({invited}), so no session could ever be held: give a head count up to {invited}, or a share like 0.5',
  'problem.flow-comma':
    'unknown key "{key}": inside \'{\' … \'}\' a comma ends a value, so the text of "{field}" stopped at the comma; put the whole text in quotes: {field}: "{text}"',
  'problem.actor-no-links':
    'no link reaches "{actor}" in {structures}: no message, request or invitation can reach it there, and it can tell no one anything',
  'problem.link-duplicate':
    'a second link between "{from}" and "{to}" in this structure (the first is on line {line}): keep one, with the latency and reliability you mean',
  'problem.recipient-duplicate': '"{actor}" is listed twice in "{field}": once is enough',
  'problem.host-police-only':
    '"{field}" applies to host-state police only: "{actor}" is {kind_key, select, military {a military unit} police {UN police} humanitarian {a humanitarian actor} civilian {a mission civilian} other {{kind}}}, so the simulation ignores it; remove it, or make the actor "host-police"',
  'problem.facts-escort-credible':
    '"escortCredible: true" contradicts "{area}", {hostile, select, true {where armed groups are hostile to UN convoys} other {whose threat is {severity}}}: the world would judge an escort there not credible or safe (IASC criterion 3); keep it on purpose for teaching, or leave it out and let the world decide',
  'problem.facts-alternative':
    'the alternative "{alternative}" is already given on line {line}, with another answer to whether it works: say it once',
  'problem.facts-host-state':
    '"hostStateUnable: {unable}" contradicts "{lead}", the host-state police leading "{area}", whose readiness says it {unable, select, true {can} other {cannot}} respond: make them agree, or keep the contradiction on purpose for teaching',
  // decisions on knowledge
  'metric.escortIncidents': 'Escort incidents',
  'metric.uninformedDecisions': 'Uninformed decisions',
  'metric.uninformedIncidents': 'Incidents after uninformed decisions',
  'cli.run.explain':
    'print why a decision went as it did and why each other option did not (an escort request id)',
  'cli.explain.none': 'no decision on "{id}" in this run; decisions it explains: {ids}',
  'cli.explain.heading': '{at} — {decider} on {process}:',
  'cli.explain.rules': 'Rules evaluated (on what {decider} knew):',
  'cli.explain.others': 'Other options:',
  'cli.explain.uninformed': 'Uninformed:',
  // ── knowledge-3: escort tasks on the provider's knowledge, reviews on the authority's, HRDDP mitigation ──
  'rule.team': 'a team free: {holds, select, true {yes} other {no}} ({out} of {teams} out)',
  'rule.route':
    'an escort able to hold on {area} ({hostile, select, true {armed groups hostile to UN convoys} other {threat {severity}}} as known): {holds, select, true {yes} other {no}}{source, select, scenario { (set by the scenario)} other {}}{holds, select, true {{truth, select, true {} other { — in truth not}}} other {{truth, select, true { — in truth yes} other {}}}}{has_read, select, yes { (facts read: {read})} other {}}{has_missing, select, yes { (not received: {missing})} other {}}',
  'rule.judged-route':
    'an escort on {area} judged {holds, select, true {able to hold} other {unable to hold}}',
  'why-not.task-decline': 'Not declined: a team free, and an escort judged able to hold on {area}',
  'why-not.task-decline-played': 'Not declined: the seat playing the provider sent a team',
  'why-not.task-no-team': 'Not accepted: no team free ({out} of {teams} out)',
  'why-not.task-route':
    'Not accepted: an escort judged unable to hold on {area} ({hostile, select, true {armed groups hostile to UN convoys} other {threat {severity}}})',
  'why-not.task-accept-played': 'Not accepted: the seat playing the provider kept the team in',
  'doctrine.task-route':
    'an escort cannot hold on {area} against the threat known there ({hostile, select, true {armed groups hostile to UN convoys} other {threat {severity}}})',
  'problem.hrddp-mitigation-not-host-police':
    '"hrddpMitigation" mitigates UN support to host-state police only: "{actor}" is {kind_key, select, military {a military unit} police {UN police} humanitarian {a humanitarian actor} civilian {a mission civilian} other {{kind}}}, which receives no support under HRDDP, so the measures mean nothing there; move them to the host-state police unit they concern',
  'problem.hrddp-mitigation-unused':
    '"{actor}" is cleared under HRDDP and no "hrddp-status" event ever suspends its support or puts it under mitigation, so its "hrddpMitigation" measures never apply; set "hrddp: suspended" or "mitigation", add the event that changes it, or remove the measures',
  // ── the big-mesh graph (WebGL) ──
  'webgl.label': 'Coordination mesh',
  'webgl.description':
    '{actors, plural, one {# actor} other {# actors}} and {links, plural, one {# link} other {# links}}, drawn with WebGL. Shape and colour show the kind of actor, a ring a busy or overloaded actor; dots are messages in transit. With the mesh focused, N and P move from actor to actor and Enter inspects it; arrow keys pan, + and − zoom, 0 fits the mesh. The table view lists the same.',
  // ── the big-mesh graph drawn on a canvas where WebGL runs in software (canvasGraph.ts) ──
  'webgl.description-canvas':
    '{actors, plural, one {# actor} other {# actors}} and {links, plural, one {# link} other {# links}}, drawn on a canvas. Shape and colour show the kind of actor, a ring a busy or overloaded actor; dots are messages in transit. With the mesh focused, N and P move from actor to actor and Enter inspects it; arrow keys pan, + and − zoom, 0 fits the mesh. The table view lists the same.',
  // ── a played decision as its seat reads it (core/engine/played.ts) ──
  'ask.escort':
    '{requester} asks for an armed escort ({id}): approve it as an exception, or decline?',
  'ask.team': 'send a team?',
  'ask.attend': 'attend?',
  'ask.handover':
    'Joint decision on {area}: transfer lead responsibility from {from} to {to}, or postpone?',
  'ask.poc': 'Threat to civilians {id} in {area} ({severity}): who responds first?',
  'answer.approve': 'approve the escort as an exception',
  'answer.decline': 'decline the escort',
  'answer.send': 'send a team',
  'answer.refuse': 'refuse: keep the team in',
  'answer.attend': 'attend',
  'answer.regrets': 'send regrets',
  'answer.transfer': 'transfer {area} to {to}',
  'answer.postpone': 'postpone: requires improvement',
  'answer.responder':
    '{id}{has_kind, select, yes { ({kind_key, select, military {military} police {UN police} humanitarian {humanitarian} civilian {mission civilians} host_police {host-state police} other {{kind}}})} other {}}',
  'known.info': 'knows of {info} since {at}',
  'known.convoy': 'convoy “{convoy}” to {area}, need: {need}',
  'known.alternatives': 'alternatives considered: {has_tried, select, yes {{tried}} other {none}}',
  'known.alternative': '{alternative} ({works, select, true {works} other {does not work}})',
  'known.working':
    'an alternative meets the need: {has_alternative, select, yes {{alternative}} other {none}}',
  'known.host-unable':
    'host state unable or unwilling to secure the route: {holds, select, true {yes} other {no}}',
  'known.credible':
    'an escort would be credible and not increase risk: {holds, select, true {yes} other {no}}',
  'known.exit-plan': 'a plan to stop using escorts exists: {holds, select, true {yes} other {no}}',
  'known.teams-out': 'teams out: {out} of {teams}',
  'known.workload': 'tasks on the desk: {workload} (capacity {capacity})',
  'known.assessment': 'readiness assessment {assessment} of {area}',
  'known.gaps':
    '{gaps, plural, =0 {every readiness criterion is met} other {readiness criteria not met: # (see doctrine’s reason)}}',
  'known.threshold': 'threshold: {threshold} of eligible officers certified',
  'known.incident': '{id} in {area}: {summary}',
  'known.severity': 'severity: {severity}',
  'known.reporter': 'reported by {reporter}',
  'known.responders': 'responders: {responders}',
  // ── french-last: a saved run's evaluation record (core/evaluation/record.ts) ──
  'problem.evaluation.damaged':
    'the evaluation record is damaged at {has_where, select, yes {{where}} other {the evaluation}}: {why}',
  // ── the CLI's progress, usage errors and notes (its own file) ──
  ...CLI_MESSAGES_EN,
  // ── the scenario loader's own problems (its own file) ──
  ...LOADER_EN,
  // ── what a comparison request got wrong (its own file) ──
  ...COMPARE_EN,
  // ── the after-action report (its own file) ──
  ...REPORT_EN,
};
