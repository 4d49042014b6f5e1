// The exercise host's wire protocol: every message a seat may send and every message the host
// sends, as zod schemas. The host parses each incoming frame with `clientMessage` (unknown
// types and stray fields are refused); the browser client parses what it receives with
// `hostMessage`, so neither side trusts the other's shape.
import { z } from 'zod';
import { simEventSchema, type LogEntry, type Phrase } from '../core/index.ts';
import type { MeshView } from '../common/mesh-view.ts';
import type { MeshChanges } from './mesh-changes.ts';

export const ROLES = ['excon', 'player', 'evaluator', 'projector'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const id = z.string().min(1).max(80);
const shortText = z.string().trim().min(1).max(2000);
/** Exercise time in minutes since T+00:00. */
const minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 365);

export const moveSchema = z.discriminatedUnion('to', [
  /** One agenda item (top-speed play is a series of these). */
  z.strictObject({ to: z.literal('step') }),
  /** Run until the next inject, decision point or played decision, then stop. */
  z.strictObject({ to: z.literal('next') }),
  /** Run until this exercise time (or an earlier stop), then stop. */
  z.strictObject({ to: z.literal('time'), time: minutes }),
]);
export type Move = z.infer<typeof moveSchema>;

export const observationKindSchema = z.enum(['strength', 'improvement']);

export const clientMessage = z.discriminatedUnion('type', [
  // EXCON
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('end') }),
  z.strictObject({ type: z.literal('move'), move: moveSchema }),
  z.strictObject({
    type: z.literal('seat.create'),
    role: z.enum(['player', 'evaluator', 'projector']),
    name: shortText.max(80),
    actors: z.array(id).max(200).default([]),
  }),
  z.strictObject({ type: z.literal('seat.assign'), seat: id, actors: z.array(id).max(200) }),
  z.strictObject({ type: z.literal('seat.revoke'), seat: id }),
  z.strictObject({
    type: z.literal('inject.stage'),
    text: shortText,
    event: simEventSchema,
    /** When it is delivered; absent: at the start of the next move. */
    at: minutes.optional(),
  }),
  z.strictObject({
    type: z.literal('inject.edit'),
    inject: id,
    text: shortText.optional(),
    event: simEventSchema.optional(),
    at: minutes.optional(),
  }),
  z.strictObject({ type: z.literal('inject.withdraw'), inject: id }),
  /** Takes the default (scenario decision point) or doctrine's answer (played decision). */
  z.strictObject({ type: z.literal('force') }),
  // EXCON, or the player holding the deciding actor
  z.strictObject({ type: z.literal('decide'), decision: id, option: id }),
  z.strictObject({ type: z.literal('play'), key: z.string().min(1).max(200), option: id }),
  // evaluator (and EXCON)
  z.strictObject({
    type: z.literal('observe'),
    kind: observationKindSchema,
    text: shortText,
    entrySeq: z.number().int().min(0).optional(),
    actor: id.optional(),
    objective: id.optional(),
  }),
  /** An objective's rating on HSEEP's P/S/M/U scale (null clears it), with its rationale. */
  z.strictObject({
    type: z.literal('rate'),
    objective: id,
    rating: z.enum(['P', 'S', 'M', 'U']).nullable(),
    rationale: z.string().trim().max(2000),
  }),
  // EXCON: the improvement plan (corrective action, capability, owner, due date)
  z.strictObject({ type: z.literal('plan.add'), objective: id.optional() }),
  z.strictObject({
    type: z.literal('plan.update'),
    action: id,
    change: z
      .strictObject({
        objective: z.union([id, z.literal('')]),
        issue: z.string().trim().max(2000),
        action: z.string().trim().max(2000),
        capability: z.string().trim().max(400),
        owner: z.string().trim().max(400),
        due: z.string().trim().max(100),
      })
      .partial(),
  }),
  z.strictObject({ type: z.literal('plan.remove'), action: id }),
]);
export type ClientMessage = z.infer<typeof clientMessage>;
export type ClientMessageType = ClientMessage['type'];

/** Which roles may send each message (a player's decision is further checked by actor). */
export const ALLOWED: Readonly<Record<ClientMessageType, readonly Role[]>> = {
  start: ['excon'],
  pause: ['excon'],
  resume: ['excon'],
  end: ['excon'],
  move: ['excon'],
  'seat.create': ['excon'],
  'seat.assign': ['excon'],
  'seat.revoke': ['excon'],
  'inject.stage': ['excon'],
  'inject.edit': ['excon'],
  'inject.withdraw': ['excon'],
  force: ['excon'],
  decide: ['excon', 'player'],
  play: ['excon', 'player'],
  observe: ['evaluator', 'excon'],
  rate: ['evaluator', 'excon'],
  'plan.add': ['excon'],
  'plan.update': ['excon'],
  'plan.remove': ['excon'],
};

// ── host → seat ──────────────────────────────────────────────────────────────────────────

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A log entry as the engine wrote it (its shape is the engine's; the host only filters). */
const entrySchema = z.custom<LogEntry>(
  (v) => isObject(v) && typeof v['seq'] === 'number' && typeof v['time'] === 'number',
  'a log entry',
);

/** A phrase of the log's vocabulary (src/core), put in words by the seat in its language. */
const phraseSchema = z.custom<Phrase>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { kind?: unknown }).kind === 'string' &&
    typeof (v as { params?: unknown }).params === 'object' &&
    (v as { params?: unknown }).params !== null,
);

const questionSchema = z.object({
  key: z.string(),
  site: z.string(),
  actor: z.string(),
  process: z.string(),
  time: z.number(),
  prompt: phraseSchema,
  /** What the message asking for the decision is about (a team or an invitation). */
  subject: phraseSchema.optional(),
  options: z.array(z.object({ id: z.string(), label: phraseSchema })),
  /** Doctrine's answer and why: sent to the seat that decides as well (the baseline). */
  doctrine: z.string(),
  reason: phraseSchema,
  facts: z.array(phraseSchema),
});
export type QuestionView = z.infer<typeof questionSchema>;

const pointSchema = z.object({
  id: z.string(),
  by: z.string(),
  prompt: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
  default: z.string(),
});

export const seatViewSchema = z.object({
  id: z.string(),
  role: roleSchema,
  name: z.string(),
  actors: z.array(z.string()),
  revoked: z.boolean(),
  connected: z.boolean(),
  /** EXCON only: the join link's token. */
  token: z.string().optional(),
});
export type SeatView = z.infer<typeof seatViewSchema>;

export const stagedSchema = z.object({
  id: z.string(),
  text: z.string(),
  event: z.record(z.string(), z.unknown()),
  at: z.number().optional(),
});
export type StagedView = z.infer<typeof stagedSchema>;

export const observationSchema = z.object({
  id: z.string(),
  /** Exercise minutes when it was recorded. */
  time: z.number(),
  step: z.number(),
  entrySeq: z.number().optional(),
  actor: z.string().optional(),
  objective: z.string().optional(),
  kind: observationKindSchema,
  text: z.string(),
  /** The evaluator seat's name. */
  author: z.string(),
});
export type Observation = z.infer<typeof observationSchema>;

const hasId = (v: unknown) => isObject(v) && typeof v['id'] === 'string';

/** The mesh as changes (mesh-changes.ts): links with the whole mesh, else changed nodes. */
const meshSchema = z.custom<MeshChanges>(
  (v) =>
    isObject(v) &&
    typeof v['full'] === 'boolean' &&
    (v['full'] ? Array.isArray(v['links']) : v['links'] === undefined) &&
    Array.isArray(v['nodes']) &&
    v['nodes'].every(hasId) &&
    Array.isArray(v['messages']) &&
    v['messages'].every(
      (m) => hasId(m) && phraseSchema.safeParse((m as { about?: unknown }).about).success,
    ) &&
    Array.isArray(v['meetings']) &&
    (v['selected'] === null || typeof v['selected'] === 'string'),
  'a mesh view',
);

/** A list sent as changes (state-changes.ts): the whole list, or the items changed or new. */
const listChangesSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    full: z.boolean(),
    items: z.array(item),
    /** Ids of the items gone since the last state (without `full`). */
    gone: z.array(z.string()).optional(),
  });

export const phaseSchema = z.enum(['ready', 'running', 'paused', 'ended']);
export type Phase = z.infer<typeof phaseSchema>;

export const processSchema = z.object({
  id: z.string(),
  machine: z.string(),
  host: z.string(),
  state: z.string(),
  done: z.boolean(),
});
export type ProcessView = z.infer<typeof processSchema>;

/** What one actor knows: item → exercise minutes since when. */
const knownSchema = z.record(z.string(), z.number());

/**
 * What one seat sees now, as the host sends it: the parts that change as the exercise goes as
 * changes since the connection's last state (state-changes.ts) — the mesh always, the lists
 * only when something in them changed — everything else whole; the log arrives separately, in
 * increments. A connection's first state holds everything its role may see.
 */
export const seatFrameSchema = z.object({
  exercise: z.string(),
  title: z.string(),
  structure: z.string(),
  seed: z.number(),
  role: roleSchema,
  seat: z.object({ id: z.string(), name: z.string(), actors: z.array(z.string()) }),
  phase: phaseSchema,
  time: z.number(),
  step: z.number(),
  status: z.string(),
  /** The played decision waiting, for its seat, EXCON and evaluators. */
  question: questionSchema.nullable(),
  /** The scenario decision point waiting, for the seat holding its actor, EXCON, evaluators. */
  point: pointSchema.nullable(),
  mesh: meshSchema,
  /** Processes (escort requests, incidents, meetings, handovers) at own actors or all. */
  processes: listChangesSchema(processSchema).optional(),
  /** Own actors' knowledge (player), everyone's (EXCON, evaluator): actor → what it knows. */
  knows: z
    .object({
      full: z.boolean(),
      set: z.record(z.string(), knownSchema),
      gone: z.array(z.string()).optional(),
    })
    .optional(),
  /** EXCON and evaluators: the MSEL with expected actions, objectives and notes. */
  msel: z.array(z.record(z.string(), z.unknown())).optional(),
  objectives: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  /** Every seat, with its first state: the areas' names (the screens name areas, not ids). */
  areas: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  staged: listChangesSchema(stagedSchema).optional(),
  seats: listChangesSchema(seatViewSchema).optional(),
  observations: listChangesSchema(observationSchema).optional(),
  /**
   * EXCON, evaluators: how many journal entries the exercise holds, so an open hot wash knows
   * when to fetch its debrief again (a rating or a plan change moves it, as a move does).
   */
  revision: z.number().optional(),
  /** The log's hash so far (EXCON, evaluators): the package replays to it. */
  hash: z.string().optional(),
});
export type SeatFrame = z.infer<typeof seatFrameSchema>;

/** The parts of a seat's state sent as changes (state-changes.ts). */
export type ChangedParts = 'mesh' | 'processes' | 'knows' | 'staged' | 'seats' | 'observations';

/** What one seat sees now, whole: what the host cuts for it, what its screens read. */
export type SeatState = Omit<SeatFrame, ChangedParts> & {
  readonly graph: MeshView;
  readonly processes: ProcessView[];
  readonly knows: Record<string, Record<string, number>>;
  readonly staged?: StagedView[];
  readonly seats?: SeatView[];
  readonly observations?: Observation[];
};

export const hostMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state'), state: seatFrameSchema }),
  /** Log entries this seat may see; `reset` replaces what the seat holds. */
  z.strictObject({
    type: z.literal('log'),
    reset: z.boolean(),
    entries: z.array(entrySchema),
  }),
  z.strictObject({ type: z.literal('ack'), for: z.string() }),
  z.strictObject({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type HostMessage = z.infer<typeof hostMessage>;

/** Largest frame a seat may send; larger ones are refused (the socket closes past 1 MiB). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
