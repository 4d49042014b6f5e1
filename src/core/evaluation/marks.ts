// The log marks a measure may count or time: the machine-readable happenings the engine and
// the process machines write beside each log line. Listed here (with what each means) so a
// scenario's measures are checked against them and the docs can print them.

export const MEASURE_MARKS = {
  inject: 'an MSEL or live inject was delivered',
  'escort.requested': 'a need to move was considered for an armed escort',
  'escort.alternative': 'an alternative met the need: no escort asked for',
  'escort.submitted': 'no alternative met the need: an armed escort was asked for',
  'escort.facilitated': 'the UN-CMCoord facilitator took the request to the decider',
  'escort.approved': 'the escort was approved as an exception',
  'escort.declined': 'the escort was declined (the entry names the criterion not met)',
  'escort.decision-known': 'the requester learnt the decision',
  'escort.tasked': 'a provider took the approved escort',
  'escort.unfilled': 'no provider could take the approved escort',
  'escort.stalled': 'the request never reached a decision',
  'escort.completed': 'the escorted movement was completed',
  'escort.incident': 'a security incident during the escort',
  'escort.lock-in-risk': 'a requester asked again after an approval',
  'notification.sent': 'a movement was notified (information only)',
  'meeting.held': 'a meeting session was held with quorum',
  'meeting.postponed': 'a meeting session was postponed for lack of quorum',
  'incident.occurred': 'an incident happened',
  'information.sent': 'someone passed information on',
  'information.reached': 'an actor learnt a piece of information (by: who learnt it)',
  'poc.aware': 'the situational-awareness hub knew of a threat to civilians',
  'poc.decided': 'the POC response was decided',
  'poc.tasked': 'a responder sent a team',
  'poc.responded': 'responders were on site',
  'poc.unanswered': 'no responder could be found or reached',
  'handover.started': 'a handover began',
  'handover.briefed': 'the incoming unit received the intelligence briefing',
  'handover.intel-lost': 'the incoming unit took over without the intelligence briefing',
  'handover.gap-opened': 'a security gap opened: no unit held the area',
  'handover.gap-closed': 'the security gap closed',
  'handover.transferred': 'a transfer of authority was completed',
  'handover.not-ready': 'the receiver was found not ready',
  'handover.postponed': 'the handover was postponed',
  'handover.reversed': 'the handover was reversed',
  'hrddp.refused': 'UN support to a host-state police unit was refused under the HRDDP',
  'hrddp.mitigated': 'UN support went ahead under HRDDP mitigation measures',
  'hrddp.changed': 'the HRDDP status of UN support to a host-state police unit changed',
  'readiness.lowered': 'a host-state police unit could no longer respond (overwhelmed)',
  'patrol.started': 'a joint patrol went out',
  'patrol.completed': 'a joint patrol came back',
  'patrol.cancelled': 'a joint patrol was called off',
  'message.sent': 'a message was handed to the mesh',
  'message.delivered': 'a message was handled by its addressee',
  'message.lost': 'a message was lost on a link',
  'message.undeliverable': 'a message had no path under this structure',
  'message.unanswered': 'a swamped actor dropped a message',
  'decision.point': 'a decision point was reached',
  'decision.made': 'a decision point was decided',
  'decision.why':
    'a decision taken on knowledge recorded each rule it evaluated (on what the decider knew, the truth beside it)',
  'decision.uninformed':
    'a decision was taken while a fact that would have changed it existed in the mission but had not reached the decider',
} as const;

export type MeasureMark = keyof typeof MEASURE_MARKS;

export const MEASURE_MARK_NAMES = Object.keys(MEASURE_MARKS) as [MeasureMark, ...MeasureMark[]];
