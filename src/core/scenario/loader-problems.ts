// The loader's own problems as data (problems.ts explains why): the file's bytes, its YAML, the
// messages the schema writes, cross-references (refs.ts) and measures (evaluation/check.ts).
// Names and ids are given as the file writes them, cut short (`shown`); lists as lists, which
// the catalogs join in the reader's language; times as "T+hh:mm"; durations in minutes under
// a duration parameter (src/i18n/describe.ts words them in the reader's units).

/** Names a message lists (the catalogs join them in the reader's language). */
type Names = readonly string[];

/** The things whose ids must be unique, as the catalogs name them. */
export type IdThing =
  | 'actor'
  | 'area'
  | 'structure'
  | 'objective'
  | 'decision'
  | 'inject'
  | 'meeting'
  | 'event'
  | 'option';

/** Why a duration must be longer than 0 (the sentence after "must be longer than 0m:"). */
export type PositiveWhy =
  'exercise' | 'recur' | 'postpone' | 'reassess' | 'phase' | 'review' | 'patrol';

/** What an actor named in a field must be. */
export type KindWanted = 'host-police-hrddp' | 'host-police' | 'un-unit';

/** The messages the scenario schema writes itself (schema.ts passes these kinds as messages). */
export const SCHEMA_PROBLEMS = [
  'problem.schema.id-too-long',
  'problem.schema.id-pattern',
  'problem.schema.duration',
  'problem.schema.time',
  'problem.schema.probability',
  'problem.schema.text-empty',
  'problem.schema.support-min',
  'problem.schema.invitee-min',
  'problem.schema.quorum',
  'problem.schema.link-min',
  'problem.schema.inject-at-or-when',
  'problem.schema.options-min',
  'problem.schema.objectives-min',
  'problem.schema.actors-min',
  'problem.schema.structures-min',
] as const;
export type SchemaProblemKind = (typeof SCHEMA_PROBLEMS)[number];

export const isSchemaProblem = (message: string): message is SchemaProblemKind =>
  (SCHEMA_PROBLEMS as readonly string[]).includes(message);

type SchemaProblemParams = { [K in SchemaProblemKind]: Record<string, never> };

export interface LoaderProblemParams extends SchemaProblemParams {
  // ── the file itself ──
  'problem.file.utf16': Record<string, never>;
  'problem.file.binary': Record<string, never>;
  'problem.file.not-utf8': Record<string, never>;
  /** Sizes in MiB, to one decimal. */
  'problem.file.too-large': { size: number; limit: number };
  'problem.file.empty': Record<string, never>;
  /** The top level is a list, or a single value (`value`). */
  'problem.file.not-mapping': { list: boolean; value: string };
  'problem.file.too-deep': { nesting: number; indent: number };
  'problem.file.bug': { why: string };
  // ── YAML ──
  'problem.yaml.more': { more: number };
  'problem.yaml.key-not-scalar': Record<string, never>;
  'problem.yaml.alias-unknown': { alias: string };
  /** The document parsed but could not become data: `aliases` expand to too much text. */
  'problem.yaml.unreadable': { aliases: boolean };
  'problem.yaml.duplicate-key': { key: string; line: number };
  'problem.yaml.duplicate': Record<string, never>;
  'problem.yaml.tab': Record<string, never>;
  'problem.yaml.two-pairs': Record<string, never>;
  'problem.yaml.multiline-key': Record<string, never>;
  'problem.yaml.documents': Record<string, never>;
  'problem.yaml.tag': { original: string };
  'problem.yaml.unclosed': { original: string };
  'problem.yaml.indent': { original: string };
  'problem.yaml.token': { token: string };
  /** Anything else the YAML reader says, in its own (English) words. */
  'problem.yaml.other': { original: string };
  'problem.yaml.unclosed-quote': { quote: string };
  'problem.yaml.unclosed-bracket': { open: string; close: string };
  // ── cross-references ──
  'problem.ref.duplicate-id': { thing: IdThing; id: string; line: number };
  'problem.ref.duplicate-serial': { serial: number; line: number };
  'problem.ref.actor-unknown': { actor: string; field: string; guess: string; actors: Names };
  'problem.ref.no-areas': { area: string };
  'problem.ref.area-unknown': { area: string; guess: string; areas: Names };
  /**
   * `time` and `end` as "T+hh:mm"; the exercise's `length` in minutes, and in `hours` when
   * whole (as trainers write it: "72h"), else 0.
   */
  'problem.ref.after-end': {
    field: string;
    time: string;
    length: number;
    hours: number;
    end: string;
  };
  'problem.ref.not-positive': { field: string; why: PositiveWhy };
  'problem.ref.covers': { actor: string; kind: string };
  'problem.ref.fact-unit': { unit: string; kind: string };
  'problem.ref.kind': { field: string; actor: string; kind: string; wanted: KindWanted };
  'problem.ref.structure-unknown': { structure: string; guess: string; structures: Names };
  'problem.ref.link-nowhere': { actor: string; end: string; guess: string; actors: Names };
  /** Durations in minutes; `times` how many latencies a jitter may be at most. */
  'problem.ref.jitter': {
    jitter: number;
    latency: number;
    times: number;
    floor: number;
    maxJitter: number;
  };
  'problem.ref.link-itself': { actor: string };
  'problem.ref.chair-invited': { actor: string };
  'problem.ref.changes-nothing': { actor: string };
  'problem.ref.default-option': { option: string; guess: string; options: Names };
  'problem.ref.objective-unknown': { objective: string; guess: string; objectives: Names };
  'problem.ref.handover-unknown': { handover: string; guess: string; handovers: Names };
  /** An id used by two of actor, meeting and event (`first`: what has it, on `line`). */
  'problem.ref.shared-id': {
    thing: 'actor' | 'meeting' | 'event';
    id: string;
    first: 'actor' | 'meeting' | 'event';
    line: number;
  };
  // ── measures (evaluation/check.ts) ──
  'problem.measure.no-kind': { kinds: Names };
  'problem.measure.two-kinds': { kinds: Names };
  'problem.measure.mark-unknown': { mark: string; field: string; guess: string; marks: Names };
  'problem.measure.not-applicable': { field: string; kind: string };
  'problem.measure.no-bound': { kind: string };
  /** A bound not written in its unit (`bound`: count, minutes or share). */
  'problem.measure.bound': { field: string; bound: string; value: string };
  'problem.measure.no-then': Record<string, never>;
  'problem.measure.no-within': Record<string, never>;
  'problem.measure.no-decisions': { decision: string };
  'problem.measure.decision-unknown': { decision: string; guess: string; decisions: Names };
  'problem.measure.no-is': { options: Names };
  'problem.measure.option-unknown': {
    option: string;
    decision: string;
    guess: string;
    options: Names;
  };
  'problem.measure.process-unknown': { ref: string; guess: string; ids: Names };
  'problem.measure.by-unknown': { by: string; guess: string; roles: Names; actors: Names };
}

export type LoaderProblemKind = keyof LoaderProblemParams;
