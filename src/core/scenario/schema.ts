// The scenario format: the single source of truth for what a scenario file may say.
// TypeScript types come from z.infer, and `npm run schema` writes the JSON Schema that
// editors use to complete and explain fields. Cross-references (ids) are checked in refs.ts.
import { z } from 'zod';
import { MAX_DURATION, parseDuration, parseTimePoint, type Minutes } from '../time';

import { ACTOR_KINDS, CHANNELS, MARKS } from '../vocabulary';
import { MEASURE_MARK_NAMES } from '../evaluation/marks';
import { METRIC_KEYS } from '../metrics/metrics';
import { SUPPORT_KINDS } from '../machines/hrddp';
import type { SchemaProblemKind } from './loader-problems';

/** A message the schema writes itself: a problem kind the catalogs word (loader-problems.ts). */
const says = (kind: SchemaProblemKind): string => kind;

// No compiled parsers: zod would otherwise probe `new Function`, which the app's
// Content-Security-Policy forbids (and reports). A scenario is parsed once; speed is moot.
z.config({ jitless: true });

export { ACTOR_KINDS, CHANNELS, type ActorKind, type Channel } from '../vocabulary';

/** Ids are short words; a longer "id" is a pasted sentence, and messages repeat ids. */
export const MAX_ID_LENGTH = 64;
/** Teams and task capacities beyond this are typing slips (no unit fields a thousand teams). */
export const MAX_COUNT = 1000;
/** Messages per hour a link may carry: one a second. */
export const MAX_LINK_CAPACITY = 3600;

const id = z
  .string()
  .max(MAX_ID_LENGTH, says('problem.schema.id-too-long'))
  .regex(/^[a-z0-9][a-z0-9-]*$/, says('problem.schema.id-pattern'))
  .describe('A short human id: lower-case letters, digits and hyphens, e.g. "bn-east".');

export const duration = z
  .string()
  .refine((s) => (parseDuration(s) ?? Infinity) <= MAX_DURATION, {
    message: says('problem.schema.duration'),
  })
  .transform((s) => parseDuration(s) as Minutes)
  .describe('A duration: "45m", "2h", "1h30m", "3d".');

export const timePoint = z
  .string()
  .refine((s) => parseTimePoint(s) !== undefined, {
    message: says('problem.schema.time'),
  })
  .transform((s) => parseTimePoint(s) as Minutes)
  .describe('A time from the start of the exercise: "T+hh:mm", e.g. "T+06:30"; hours may pass 24.');

const probability = z
  .number()
  .min(0, says('problem.schema.probability'))
  .max(1, says('problem.schema.probability'));

/** A fact that is either known (true/false) or uncertain (the chance it holds, 0..1). */
export const chance = z
  .union([z.boolean(), probability])
  .describe('true, false, or the chance (0 to 1) that it turns out true in a run.');

const text = z.string().min(1, says('problem.schema.text-empty'));

export const actorSchema = z
  .strictObject({
    id,
    kind: z.enum(ACTOR_KINDS).describe('Which part of the operation this actor belongs to.'),
    role: text.describe(
      'The role in plain words, e.g. "battalion", "FPU", "JOC", "UN-CMCoord officer", "district command".',
    ),
    name: text.describe('The name shown to trainees.'),
    capacity: z
      .int()
      .min(1)
      .max(MAX_COUNT)
      .default(3)
      .describe(
        'How many tasks the actor handles at once before it is overloaded and answers late.',
      ),
    handling: duration
      .prefault('20m')
      .describe('How long one message or task takes this actor when it is not busy.'),
    teams: z
      .int()
      .min(0)
      .max(MAX_COUNT)
      .default(0)
      .describe(
        'Teams that can be sent out: escort or patrol teams (military, FPU), response teams.',
      ),
    readiness: z
      .strictObject({
        respond: chance.describe('Able to respond to the security environment.'),
        certified: probability.describe('Share of eligible officers certified (0 to 1).'),
        logistics: chance.describe('Initial logistics in place.'),
        stability: chance.describe(
          'Institutional stability: command and control, human rights, community acceptance.',
        ),
        improvement: probability
          .default(0)
          .describe('How much the certified share grows per week of mentoring (0 to 1).'),
      })
      .optional()
      .describe('Host-state police only: readiness against the handover criteria.'),
    hrddp: z
      .enum(['cleared', 'mitigation', 'suspended'])
      .optional()
      .describe('Host-state police only: Human Rights Due Diligence Policy status of UN support.'),
    hrddpMitigation: z
      .strictObject({
        measures: text.describe(
          'The mitigation measures, in a sentence, e.g. "vetted officers only; a human rights officer on every patrol".',
        ),
        allows: z
          .array(z.enum(SUPPORT_KINDS))
          .min(1, says('problem.schema.support-min'))
          .describe(
            'The kinds of UN support the measures allow again: escort, joint-patrol, poc-response, mentoring, handover.',
          ),
      })
      .optional()
      .describe(
        'Host-state police only: HRDDP mitigation measures and the support they allow despite a suspension (under "mitigation", only these kinds).',
      ),
    covers: z
      .array(id)
      .optional()
      .describe(
        'Host-state police only: areas this unit covers besides the one it leads (IASC criterion 2 asks whether they can secure a route there).',
      ),
  })
  .describe('One node of the mesh.');

export const linkSchema = z.strictObject({
  from: id,
  to: id,
  channel: z
    .enum(CHANNELS)
    .describe(
      'radio and liaison are fast; report is slow; meeting-only links carry nothing between meetings.',
    ),
  latency: duration.describe('Typical time for a message to cross this link.'),
  jitter: duration.prefault('0m').describe('Extra delay drawn uniformly between 0 and this value.'),
  reliability: probability.default(1).describe('Chance a message crossing this link arrives.'),
  capacity: z
    .int()
    .min(1)
    .max(MAX_LINK_CAPACITY)
    .default(12)
    .describe('Messages per hour the link carries; more wait their turn.'),
  oneWay: z.boolean().default(false).describe('true when messages go only from "from" to "to".'),
});

export const meetingSchema = z.strictObject({
  id,
  name: text,
  chair: id.describe('The actor who convenes and chairs the meeting.'),
  invitees: z.array(id).min(1, says('problem.schema.invitee-min')),
  first: timePoint.describe('When the first session starts.'),
  every: duration
    .optional()
    .describe(
      'Cadence: time between sessions, e.g. "24h" or "7d"; leave it out for a one-off meeting.',
    ),
  length: duration.prefault('1h'),
  quorum: z
    .number()
    .refine((q) => (q >= 0 && q <= 1) || (Number.isInteger(q) && q >= 2 && q <= MAX_COUNT), {
      message: says('problem.schema.quorum'),
    })
    .default(0.5)
    .describe(
      'Invitees who must attend, as a share (0 to 1, like 0.5) or a head count (a whole number from 2, like 4); below it the session is postponed.',
    ),
  postponeBy: duration.prefault('4h').describe('How long a session without quorum is postponed.'),
});

export const authoritySchema = z
  .strictObject({
    escortDecision: id.describe(
      'Who decides on armed escort requests (usually the HC with the HCT).',
    ),
    escortFacilitator: id
      .optional()
      .describe('Who takes escort requests to the force (usually the UN-CMCoord officer).'),
    escortProviders: z
      .array(id)
      .min(1)
      .describe('Who can be tasked to escort, in order of preference (military first, then FPU).'),
    situationalAwareness: id.describe('Where incident reports must go (usually the JOC).'),
    pocResponse: id.describe('Who decides the response to a threat to civilians.'),
    pocResponders: z.array(id).min(1).describe('Who can be sent to protect civilians, in order.'),
    handoverDecision: id.describe('Who decides transfers of security responsibility.'),
  })
  .describe('Who decides what under this structure.');

export const structureSchema = z.strictObject({
  id,
  name: text,
  description: z.string().prefault(''),
  links: z.array(linkSchema).min(1, says('problem.schema.link-min')),
  meetings: z.array(meetingSchema).default([]),
  authority: authoritySchema,
});

const alternativeSchema = z.strictObject({
  kind: z
    .enum([
      'other-route',
      'other-timing',
      'access-negotiation',
      'notification',
      'unarmed',
      'remote-delivery',
    ])
    .describe('An alternative to an armed escort, considered first (IASC criterion 1).'),
  works: chance.describe('Whether this alternative meets the need.'),
  from: timePoint
    .optional()
    .describe(
      'Available only from this time, e.g. a route that reopens at "T+06:00": a request still open then is withdrawn in its favour.',
    ),
});

export const escortRequestEvent = z.strictObject({
  type: z.literal('escort-request'),
  id,
  requester: id.describe('The humanitarian actor asking.'),
  convoy: text.describe('What moves, e.g. "WFP food convoy, 12 trucks".'),
  area: id.describe('Where it goes.'),
  need: z
    .enum(['life-saving', 'critical', 'routine'])
    .describe('Humanitarian need and programme criticality.'),
  alternatives: z.array(alternativeSchema).default([]),
  hostStateUnable: chance
    .optional()
    .describe(
      'IASC criterion 2 set for teaching: the host state is unable or unwilling to secure the route. Absent: the world decides (the host-state police leading or covering the area, as the decider knows them).',
    ),
  escortCredible: chance
    .optional()
    .describe(
      "IASC criterion 3 set for teaching: an escort is credible and would not make anyone less safe. Absent: the world decides (the area's threat and the armed groups' posture towards UN convoys, as the decider knows them).",
    ),
  exitPlan: chance.describe(
    'IASC criterion 4: escorts are sustainable and a plan to stop them exists.',
  ),
  length: duration.prefault('6h').describe('How long the movement takes.'),
  incidentRisk: probability.default(0).describe('Chance of a security incident during the escort.'),
  pressure: z
    .boolean()
    .default(false)
    .describe(
      'Political pressure: the authority approves even when a criterion is not met (a teaching case).',
    ),
});

/**
 * A fact about the world that an information event or an incident brings into the mission: it
 * is true from the moment the event starts, and an actor decides on it once it knows the event.
 */
export const factSchema = z
  .discriminatedUnion('about', [
    z.strictObject({
      about: z.literal('threat'),
      area: id,
      level: z.enum(['low', 'medium', 'high']).describe('The threat in the area from now on.'),
      posture: z
        .enum(['tolerant', 'hostile'])
        .optional()
        .describe("The armed groups' posture towards UN convoys in the area from now on."),
    }),
    z.strictObject({
      about: z.literal('host-police'),
      unit: id.describe('The host-state police unit.'),
      status: z
        .enum(['overwhelmed', 'able'])
        .describe('overwhelmed: it cannot secure its area any more; able: it can again.'),
    }),
  ])
  .describe(
    'A fact the event carries: "threat" (an area\'s threat level, the armed groups\' posture) or "host-police" (a unit overwhelmed or able again).',
  );

const facts = z
  .array(factSchema)
  .optional()
  .describe(
    'Facts this event brings into the mission; decisions weigh them once the decider knows.',
  );

export const movementNotificationEvent = z.strictObject({
  type: z.literal('movement-notification'),
  id,
  by: id,
  convoy: text,
  area: id,
});

export const incidentEvent = z.strictObject({
  type: z.literal('incident'),
  id,
  area: id,
  reportedBy: id.describe('Who first learns of it.'),
  summary: text,
  threatToCivilians: z.boolean().default(true),
  severity: z.enum(['low', 'medium', 'high']).default('medium'),
  needToKnow: z.array(id).default([]).describe('Actors who must learn of it (information reach).'),
  overwhelms: z
    .array(id)
    .optional()
    .describe(
      'Host-state police units the incident overwhelms (they can no longer respond); by default, a high-severity threat to civilians overwhelms the host-state police holding the area.',
    ),
  facts,
});

export const handoverEvent = z.strictObject({
  type: z.literal('handover'),
  id,
  area: id,
  from: id.describe('Who holds lead security responsibility now.'),
  to: id.describe('Who takes it over.'),
  withdrawAt: timePoint
    .optional()
    .describe('Military → police: when the outgoing unit leaves the area, ready or not.'),
  arrivesAt: timePoint
    .optional()
    .describe(
      'Military → police: when the incoming unit arrives in the area; a transfer of authority before then leaves the area held by no one on the ground until it arrives.',
    ),
  threshold: probability
    .default(0.8)
    .describe('Police → host-state police: certified share required (UNMIT used 80%).'),
  reassessAfter: duration
    .prefault('7d')
    .describe('When a district found not ready is assessed again.'),
  phases: z
    .strictObject({
      assessment: duration
        .prefault('1d')
        .describe(
          'Joint assessment (military → police) or joint field assessment (→ host-state police).',
        ),
      planning: duration.prefault('1d').describe('Military → police: joint planning.'),
      colocated: duration.prefault('3d').describe('Military → police: co-located operations.'),
      monitoring: duration
        .prefault('14d')
        .describe('After the transfer: monitoring, during which the handover can be reversed.'),
    })
    .prefault({})
    .describe('How long each phase takes once its messages are through; exercises compress them.'),
  reviewEvery: duration
    .prefault('7d')
    .describe(
      'Police → host-state police: during monitoring, how often the readiness criteria are reviewed (a failed review reverses the handover).',
    ),
});

export const handoverReviewEvent = z
  .strictObject({
    type: z.literal('handover-review'),
    handover: id.describe('The handover (its event id) to review.'),
    reason: text.describe('What prompts the review, e.g. "armed attack on Mureba market".'),
    severity: z
      .enum(['low', 'medium', 'high'])
      .default('high')
      .describe(
        'high: strategic reversal of a transferred handover; otherwise a readiness review.',
      ),
  })
  .describe(
    'A review of a handover in monitoring (UNMIL\'s strategic reversal clause), e.g. as a conditional inject on "incident.occurred".',
  );

export const informationEvent = z.strictObject({
  type: z.literal('information'),
  id,
  from: id,
  to: z.array(id).min(1),
  summary: text,
  facts,
});

export const capacityEvent = z.strictObject({
  type: z.literal('capacity-change'),
  actor: id,
  capacity: z.int().min(1).max(MAX_COUNT).optional(),
  teams: z.int().min(0).max(MAX_COUNT).optional(),
  certified: probability.optional(),
  respond: z
    .boolean()
    .optional()
    .describe('Host-state police: able to respond to the security environment again (or not).'),
});

export const hrddpStatusEvent = z
  .strictObject({
    type: z.literal('hrddp-status'),
    actor: id.describe('The host-state police unit.'),
    hrddp: z
      .enum(['cleared', 'mitigation', 'suspended'])
      .describe('Its HRDDP status from now on, e.g. "suspended" after grave violations.'),
    reason: text
      .optional()
      .describe('Why, e.g. "Human Rights reports a death in custody in Tanga".'),
  })
  .describe(
    'A change of HRDDP status of UN support to a host-state police unit: every kind of support follows it.',
  );

export const jointPatrolEvent = z
  .strictObject({
    type: z.literal('joint-patrol'),
    id,
    area: id.describe('Where the patrol goes.'),
    unit: id.describe('The UN police or military unit that patrols (it hosts the patrol).'),
    partner: id.describe('The host-state police unit it patrols with.'),
    length: duration.prefault('4h').describe('How long the patrol is out.'),
  })
  .describe(
    'A joint patrol of a UN unit with a host-state police unit: UN support, so HRDDP applies.',
  );

export const simEventSchema = z.discriminatedUnion('type', [
  escortRequestEvent,
  movementNotificationEvent,
  incidentEvent,
  handoverEvent,
  handoverReviewEvent,
  informationEvent,
  capacityEvent,
  jointPatrolEvent,
  hrddpStatusEvent,
]);

export const conditionSchema = z.strictObject({
  on: z
    .enum(MARKS)
    .describe(
      'A log mark, e.g. "escort.declined", "escort.approved", "poc.unanswered", "handover.gap-opened".',
    ),
  ref: id
    .optional()
    .describe(
      'Only when it concerns this id, of what the mark is about: an escort request (escort.*), an incident (incident.occurred, poc.*), a handover (handover.*), a movement notification (notification.*), a meeting (meeting.*), a decision point (decision.point, decision.made), an actor (team.*), any event (information.reached); none for inject and message.*.',
    ),
  delay: duration.prefault('0m').describe('How long after the condition the inject arrives.'),
});

export const injectSchema = z
  .strictObject({
    serial: z.int().min(1).describe('MSEL serial number.'),
    at: timePoint.optional().describe('When the inject is delivered (timed inject).'),
    when: conditionSchema.optional().describe('Delivered when this happens (conditional inject).'),
    from: text.default('EXCON').describe('Who the inject appears to come from.'),
    method: text.default('phone').describe('How it is delivered: phone, email, radio, in person…'),
    text: text.describe('What the players read or hear.'),
    expected: z.string().optional().describe('Expected player action.'),
    objective: id.optional().describe('The learning objective this inject serves.'),
    note: z.string().optional().describe('Controller-only note, never shown to players.'),
    event: simEventSchema.describe('What the inject sets in motion in the simulation.'),
  })
  .refine((i) => (i.at === undefined) !== (i.when === undefined), {
    message: says('problem.schema.inject-at-or-when'),
  });

export const decisionSchema = z.strictObject({
  id,
  at: timePoint,
  by: id.describe('The actor whose decision this is (the player role).'),
  prompt: text,
  options: z
    .array(
      z.strictObject({
        id,
        label: text,
        consequence: z.string().prefault('').describe('What follows, for the debrief.'),
        events: z.array(simEventSchema).default([]).describe('What choosing it sets in motion.'),
      }),
    )
    .min(2, says('problem.schema.options-min')),
  default: id.describe('The option taken when nobody decides (batch runs use it).'),
});

/** Authority roles a measure may name instead of an actor: resolved under the run's structure. */
export const AUTHORITY_ROLES = [
  'escortDecision',
  'escortFacilitator',
  'situationalAwareness',
  'pocResponse',
  'handoverDecision',
] as const;

const bound = z
  .union([z.number(), z.string()])
  .describe(
    'A bound in the metric\'s unit: a duration ("6h") for times, a share ("75%" or 0.75) for shares, a whole number for counts.',
  );

// Mark names are checked in evaluation/check.ts, which lists the valid ones in its message.
const mark = z.string().min(1);
const marks = z
  .union([mark, z.array(mark).min(1)])
  .describe(
    `A log mark, or a list of marks any of which counts: ${MEASURE_MARK_NAMES.join(', ')}.`,
  );

/**
 * One measure of a critical task (HSEEP exercise evaluation guide), computed from the log:
 * exactly one of `metric`, `each`, `count` or `decision` says which kind it is.
 */
export const measureSchema = z
  .strictObject({
    text: z
      .string()
      .optional()
      .describe('How the measure reads in the report; written for you when absent.'),
    metric: z
      .enum(METRIC_KEYS as [string, ...string[]])
      .optional()
      .describe('A metric of the run (docs/METRICS.md), bounded by "atMost" and/or "atLeast".'),
    each: marks
      .optional()
      .describe(
        'For each log entry with this mark, one with a "then" mark about the same process must follow within "within".',
      ),
    then: marks.optional().describe('The mark that must follow each "each" entry.'),
    within: duration.optional().describe('How soon the "then" mark must follow.'),
    count: marks
      .optional()
      .describe('Counts the log entries with this mark, bounded by "atMost" and/or "atLeast".'),
    decision: id
      .optional()
      .describe('A decision point of this scenario; "is" names the option expected.'),
    is: id.optional().describe('The option the decision point should have taken.'),
    ref: id
      .optional()
      .describe(
        'Only log entries about this process (an event id of an inject or decision option).',
      ),
    by: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Only log entries about this actor, or the actor holding this authority role under the run\'s structure (e.g. "situationalAwareness").',
      ),
    atMost: bound.optional(),
    atLeast: bound.optional(),
  })
  .describe(
    'A measure computed from the log: one of metric, each/then/within, count, decision/is.',
  );

export const criticalTaskSchema = z
  .strictObject({
    text: text.describe('The critical task, as an evaluator reads it.'),
    measures: z
      .array(measureSchema)
      .default([])
      .describe('Measures computed from the log; none: the task is left to an evaluator.'),
  })
  .describe('A critical task of an objective (HSEEP exercise evaluation guide).');

export const objectiveSchema = z.strictObject({
  id,
  text,
  tasks: z
    .array(criticalTaskSchema)
    .default([])
    .describe('Critical tasks with their measures: how the objective is evaluated.'),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(1).describe('Format version; this is version 1.'),
    id,
    title: text,
    summary: text,
    setting: z.string().prefault('').describe('Country, mission, situation in a few lines.'),
    duration: duration.describe('How long the exercise runs, e.g. "72h".'),
    objectives: z.array(objectiveSchema).min(1, says('problem.schema.objectives-min')),
    actors: z.array(actorSchema).min(2, says('problem.schema.actors-min')),
    areas: z
      .array(
        z.strictObject({
          id,
          name: text,
          lead: id.describe('Who holds lead security responsibility at the start.'),
          threat: z.enum(['low', 'medium', 'high']).default('medium'),
          force: z
            .array(id)
            .optional()
            .describe(
              'The force units deployed in the area, told of every movement there; by default the first military escort provider.',
            ),
          travel: z
            .union([
              duration,
              z.strictObject({
                military: duration.optional(),
                police: duration.optional(),
                'host-police': duration.optional(),
                civilian: duration.optional(),
                humanitarian: duration.optional(),
              }),
            ])
            .optional()
            .describe(
              'POC response: how long a team takes to reach the area, one duration or by kind, e.g. { military: 3h, police: 1h }.',
            ),
          posture: z
            .enum(['tolerant', 'hostile'])
            .default('tolerant')
            .describe(
              "The armed groups' posture towards UN convoys at the start: hostile makes an escort a target (IASC criterion 3).",
            ),
        }),
      )
      .default([]),
    structures: z.array(structureSchema).min(1, says('problem.schema.structures-min')),
    defaultStructure: id.optional(),
    injects: z.array(injectSchema).default([]),
    decisions: z.array(decisionSchema).default([]),
    metrics: z.array(z.string()).default([]).describe('Metric ids to show first.'),
  })
  .describe('A PeaceMesh scenario.');

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Actor = Scenario['actors'][number];
export type Structure = Scenario['structures'][number];
export type Link = Structure['links'][number];
export type Meeting = Structure['meetings'][number];
export type Authority = Structure['authority'];
export type Inject = Scenario['injects'][number];
export type Decision = Scenario['decisions'][number];
export type Objective = Scenario['objectives'][number];
export type CriticalTask = Objective['tasks'][number];
export type Measure = CriticalTask['measures'][number];
export type AuthorityRole = (typeof AUTHORITY_ROLES)[number];
export type SimEvent = z.output<typeof simEventSchema>;
export type Area = Scenario['areas'][number];
export type Chance = boolean | number;
export type Fact = z.output<typeof factSchema>;
