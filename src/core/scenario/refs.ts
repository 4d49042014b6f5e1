// Cross-reference checks on a scenario that already passed the schema: ids are unique, every
// id named elsewhere exists, and times fall inside the exercise. Each issue carries the path
// of the offending value so the loader can point at its line and column, and the problem as
// data (loader-problems.ts), worded at the edges in the reader's language.
import { checkMeasures } from '../evaluation/check';
import { formatTime } from '../time';
import type { IdThing, KindWanted, PositiveWhy } from './loader-problems';
import { problem, type Problem } from './problems';
import type { Fact, Scenario, SimEvent } from './schema';
import { cut, guessFor, names } from './suggest';

export type Path = readonly (string | number)[];

export interface RefIssue {
  path: Path;
  problem: Problem;
}

/** Where a path's value starts (1-based line), so a duplicate can name the line of the first. */
export type LineOf = (path: Path) => number;

/**
 * A link's jitter is the spread of its delay: at most this many times its typical latency
 * (or JITTER_FLOOR, so that a fast radio link may still vary by some minutes).
 */
export const JITTER_PER_LATENCY = 10;
export const JITTER_FLOOR = 60;

/** Every cross-reference problem in a schema-valid scenario, in no particular order. */
export function checkReferences(scenario: Scenario, lineOf: LineOf): RefIssue[] {
  const issues: RefIssue[] = [];
  const report = (path: Path, p: Problem) => issues.push({ path, problem: p });

  /** Reports the second and later uses of an id; returns the set of ids. */
  const unique = (thing: IdThing, ids: readonly { id: string | number; path: Path }[]) => {
    const first = new Map<string, Path>();
    for (const { id, path } of ids) {
      const key = String(id);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, path);
      else if (typeof id === 'number')
        report(
          path,
          problem('problem.ref.duplicate-serial', { serial: id, line: lineOf(earlier) }),
        );
      else
        report(
          path,
          problem('problem.ref.duplicate-id', { thing, id: cut(id), line: lineOf(earlier) }),
        );
    }
    return new Set(first.keys());
  };

  const actors = unique(
    'actor',
    scenario.actors.map((a, i) => ({ id: a.id, path: ['actors', i, 'id'] })),
  );
  const actorList = [...actors];
  const areas = unique(
    'area',
    scenario.areas.map((a, i) => ({ id: a.id, path: ['areas', i, 'id'] })),
  );
  const structures = unique(
    'structure',
    scenario.structures.map((s, i) => ({ id: s.id, path: ['structures', i, 'id'] })),
  );
  const objectives = unique(
    'objective',
    scenario.objectives.map((o, i) => ({ id: o.id, path: ['objectives', i, 'id'] })),
  );
  unique(
    'decision',
    scenario.decisions.map((d, i) => ({ id: d.id, path: ['decisions', i, 'id'] })),
  );
  unique(
    'inject',
    scenario.injects.map((inj, i) => ({ id: inj.serial, path: ['injects', i, 'serial'] })),
  );

  const actor = (path: Path, value: string, field: string) => {
    if (actors.has(value)) return;
    report(
      path,
      problem('problem.ref.actor-unknown', {
        actor: cut(value),
        field,
        guess: guessFor(value, actorList),
        actors: names(actorList),
      }),
    );
  };
  const actorEach = (path: Path, values: readonly string[], field: string) =>
    values.forEach((v, i) => actor([...path, i], v, field));

  const area = (path: Path, value: string) => {
    if (areas.has(value)) return;
    report(
      path,
      areas.size === 0
        ? problem('problem.ref.no-areas', { area: cut(value) })
        : problem('problem.ref.area-unknown', {
            area: cut(value),
            guess: guessFor(value, areas),
            areas: names(areas),
          }),
    );
  };

  const inExercise = (path: Path, t: number, field: string) => {
    if (t <= scenario.duration) return;
    report(
      path,
      problem('problem.ref.after-end', {
        field,
        time: formatTime(t),
        length: scenario.duration,
        hours: scenario.duration % 60 === 0 ? scenario.duration / 60 : 0,
        end: formatTime(scenario.duration),
      }),
    );
  };
  const positive = (path: Path, d: number, field: string, why: PositiveWhy) => {
    if (d > 0) return;
    report(path, problem('problem.ref.not-positive', { field, why }));
  };

  positive(['duration'], scenario.duration, 'duration', 'exercise');

  const kindOf = new Map(scenario.actors.map((a) => [a.id, a.kind]));
  for (const [i, a] of scenario.actors.entries()) {
    (a.covers ?? []).forEach((v, j) => area(['actors', i, 'covers', j], v));
    if (a.covers !== undefined && a.kind !== 'host-police')
      report(
        ['actors', i, 'covers'],
        problem('problem.ref.covers', { actor: cut(a.id), kind: a.kind }),
      );
  }
  // Facts an event brings in: the area or host-police unit they speak of must exist.
  const checkFacts = (path: Path, facts: readonly Fact[]) => {
    for (const [f, fact] of facts.entries()) {
      const fp = [...path, 'facts', f];
      if (fact.about === 'threat') area([...fp, 'area'], fact.area);
      else if (!actors.has(fact.unit)) actor([...fp, 'unit'], fact.unit, 'unit');
      else if (kindOf.get(fact.unit) !== 'host-police')
        report(
          [...fp, 'unit'],
          problem('problem.ref.fact-unit', {
            unit: cut(fact.unit),
            kind: kindOf.get(fact.unit) ?? '',
          }),
        );
    }
  };
  for (const [i, a] of scenario.areas.entries()) {
    actor(['areas', i, 'lead'], a.lead, 'lead');
    if (a.force) actorEach(['areas', i, 'force'], a.force, 'force');
  }
  /** An actor that must be of one of `kinds` (unknown ones are reported by `actor`). */
  const ofKind = (
    path: Path,
    id: string,
    field: string,
    kinds: readonly string[],
    wanted: KindWanted,
  ) => {
    const kind = kindOf.get(id);
    if (kind === undefined || kinds.includes(kind)) return;
    report(path, problem('problem.ref.kind', { field, actor: cut(id), kind, wanted }));
  };

  if (scenario.defaultStructure !== undefined && !structures.has(scenario.defaultStructure)) {
    report(
      ['defaultStructure'],
      problem('problem.ref.structure-unknown', {
        structure: cut(scenario.defaultStructure),
        guess: guessFor(scenario.defaultStructure, structures),
        structures: names(structures),
      }),
    );
  }

  for (const [s, structure] of scenario.structures.entries()) {
    const at = ['structures', s] as const;
    for (const [l, link] of structure.links.entries()) {
      const lp = [...at, 'links', l];
      for (const end of ['from', 'to'] as const) {
        if (!actors.has(link[end])) {
          report(
            [...lp, end],
            problem('problem.ref.link-nowhere', {
              actor: cut(link[end]),
              end,
              guess: guessFor(link[end], actorList),
              actors: names(actorList),
            }),
          );
        }
      }
      const maxJitter = Math.max(JITTER_PER_LATENCY * link.latency, JITTER_FLOOR);
      if (link.jitter > maxJitter) {
        report(
          [...lp, 'jitter'],
          problem('problem.ref.jitter', {
            jitter: link.jitter,
            latency: link.latency,
            times: JITTER_PER_LATENCY,
            floor: JITTER_FLOOR,
            maxJitter,
          }),
        );
      }
      if (link.from === link.to) {
        report([...lp, 'to'], problem('problem.ref.link-itself', { actor: cut(link.from) }));
      }
    }

    unique(
      'meeting',
      structure.meetings.map((m, i) => ({ id: m.id, path: [...at, 'meetings', i, 'id'] })),
    );
    for (const [m, meeting] of structure.meetings.entries()) {
      const mp = [...at, 'meetings', m];
      actor([...mp, 'chair'], meeting.chair, 'chair');
      actorEach([...mp, 'invitees'], meeting.invitees, 'invitees');
      const chairAt = meeting.invitees.indexOf(meeting.chair);
      if (chairAt >= 0) {
        report(
          [...mp, 'invitees', chairAt],
          problem('problem.ref.chair-invited', { actor: cut(meeting.chair) }),
        );
      }
      inExercise([...mp, 'first'], meeting.first, 'first');
      if (meeting.every !== undefined) positive([...mp, 'every'], meeting.every, 'every', 'recur');
      positive([...mp, 'postponeBy'], meeting.postponeBy, 'postponeBy', 'postpone');
    }

    const auth = structure.authority;
    const ap = [...at, 'authority'];
    actor([...ap, 'escortDecision'], auth.escortDecision, 'escortDecision');
    if (auth.escortFacilitator !== undefined) {
      actor([...ap, 'escortFacilitator'], auth.escortFacilitator, 'escortFacilitator');
    }
    actorEach([...ap, 'escortProviders'], auth.escortProviders, 'escortProviders');
    actor([...ap, 'situationalAwareness'], auth.situationalAwareness, 'situationalAwareness');
    actor([...ap, 'pocResponse'], auth.pocResponse, 'pocResponse');
    actorEach([...ap, 'pocResponders'], auth.pocResponders, 'pocResponders');
    actor([...ap, 'handoverDecision'], auth.handoverDecision, 'handoverDecision');
  }

  // Events come from injects and from decision options.
  const handovers = new Set<string>();
  const reviews: { path: Path; ref: string }[] = [];
  const checkEvent = (path: Path, event: SimEvent) => {
    switch (event.type) {
      case 'escort-request':
        actor([...path, 'requester'], event.requester, 'requester');
        area([...path, 'area'], event.area);
        event.alternatives.forEach((a, i) => {
          if (a.from !== undefined)
            inExercise([...path, 'alternatives', i, 'from'], a.from, 'from');
        });
        break;
      case 'hrddp-status':
        actor([...path, 'actor'], event.actor, 'actor');
        ofKind([...path, 'actor'], event.actor, 'actor', ['host-police'], 'host-police-hrddp');
        break;
      case 'joint-patrol':
        actor([...path, 'unit'], event.unit, 'unit');
        ofKind([...path, 'unit'], event.unit, 'unit', ['military', 'police'], 'un-unit');
        actor([...path, 'partner'], event.partner, 'partner');
        ofKind([...path, 'partner'], event.partner, 'partner', ['host-police'], 'host-police');
        area([...path, 'area'], event.area);
        positive([...path, 'length'], event.length, 'length', 'patrol');
        break;
      case 'movement-notification':
        actor([...path, 'by'], event.by, 'by');
        area([...path, 'area'], event.area);
        break;
      case 'incident':
        actor([...path, 'reportedBy'], event.reportedBy, 'reportedBy');
        actorEach([...path, 'needToKnow'], event.needToKnow, 'needToKnow');
        (event.overwhelms ?? []).forEach((id, i) => {
          actor([...path, 'overwhelms', i], id, 'overwhelms');
          ofKind([...path, 'overwhelms', i], id, 'overwhelms', ['host-police'], 'host-police');
        });
        area([...path, 'area'], event.area);
        checkFacts(path, event.facts ?? []);
        break;
      case 'handover':
        actor([...path, 'from'], event.from, 'from');
        actor([...path, 'to'], event.to, 'to');
        area([...path, 'area'], event.area);
        if (event.withdrawAt !== undefined)
          inExercise([...path, 'withdrawAt'], event.withdrawAt, 'withdrawAt');
        if (event.arrivesAt !== undefined)
          inExercise([...path, 'arrivesAt'], event.arrivesAt, 'arrivesAt');
        positive([...path, 'reassessAfter'], event.reassessAfter, 'reassessAfter', 'reassess');
        for (const phase of ['assessment', 'planning', 'colocated', 'monitoring'] as const)
          positive([...path, 'phases', phase], event.phases[phase], phase, 'phase');
        positive([...path, 'reviewEvery'], event.reviewEvery, 'reviewEvery', 'review');
        handovers.add(event.id);
        break;
      case 'handover-review':
        reviews.push({ path: [...path, 'handover'], ref: event.handover });
        break;
      case 'information':
        actor([...path, 'from'], event.from, 'from');
        actorEach([...path, 'to'], event.to, 'to');
        checkFacts(path, event.facts ?? []);
        break;
      case 'capacity-change':
        actor([...path, 'actor'], event.actor, 'actor');
        if (
          event.capacity === undefined &&
          event.teams === undefined &&
          event.certified === undefined &&
          event.respond === undefined
        ) {
          report(path, problem('problem.ref.changes-nothing', { actor: cut(event.actor) }));
        }
        break;
    }
  };
  const eventIds = (events: readonly { event: SimEvent; path: Path }[]) =>
    events.flatMap(({ event, path }) =>
      'id' in event ? [{ id: event.id, path: [...path, 'id'] }] : [],
    );

  const injectEvents = scenario.injects.map((inj, i) => ({
    event: inj.event,
    path: ['injects', i, 'event'],
  }));
  unique('event', eventIds(injectEvents));
  for (const { event, path } of injectEvents) checkEvent(path, event);

  for (const [d, decision] of scenario.decisions.entries()) {
    const dp = ['decisions', d];
    actor([...dp, 'by'], decision.by, 'by');
    inExercise([...dp, 'at'], decision.at, 'at');
    const options = unique(
      'option',
      decision.options.map((o, i) => ({ id: o.id, path: [...dp, 'options', i, 'id'] })),
    );
    if (!options.has(decision.default)) {
      report(
        [...dp, 'default'],
        problem('problem.ref.default-option', {
          option: cut(decision.default),
          guess: guessFor(decision.default, options),
          options: names(options),
        }),
      );
    }
    for (const [o, option] of decision.options.entries()) {
      const events = option.events.map((event, e) => ({
        event,
        path: [...dp, 'options', o, 'events', e],
      }));
      unique('event', eventIds(events));
      for (const { event, path } of events) checkEvent(path, event);
    }
  }

  checkInstanceIds(scenario, report, lineOf);

  // Names in `metrics:` and conditional injects' `when`: conditions.ts.
  for (const [i, inject] of scenario.injects.entries()) {
    const ip = ['injects', i];
    if (inject.at !== undefined) inExercise([...ip, 'at'], inject.at, 'at');
    if (inject.objective !== undefined && !objectives.has(inject.objective)) {
      report(
        [...ip, 'objective'],
        problem('problem.ref.objective-unknown', {
          objective: cut(inject.objective),
          guess: guessFor(inject.objective, objectives),
          objectives: names(objectives),
        }),
      );
    }
  }

  for (const { path, ref } of reviews) {
    if (handovers.has(ref)) continue;
    report(
      path,
      problem('problem.ref.handover-unknown', {
        handover: cut(ref),
        guess: guessFor(ref, handovers),
        handovers: names(handovers),
      }),
    );
  }

  issues.push(...checkMeasures(scenario));
  return issues;
}

/**
 * Actors, meetings and the processes scenario events start all live side by side in a run,
 * each under its own id: two that could exist at once may not share one. Options of one
 * decision exclude each other, so they may reuse an event id among themselves.
 */
function checkInstanceIds(
  scenario: Scenario,
  report: (path: Path, p: Problem) => void,
  lineOf: LineOf,
): void {
  type What = 'actor' | 'meeting' | 'event';
  const owners = new Map<string, { path: Path; what: What; decision?: number }>();
  const claim = (id: string, path: Path, what: What, decision?: number) => {
    const first = owners.get(id);
    if (first === undefined) {
      owners.set(id, { path, what, ...(decision === undefined ? {} : { decision }) });
      return;
    }
    // Options of one decision exclude each other; same-kind duplicates are reported above.
    if (decision !== undefined && first.decision === decision) return;
    if (decision === undefined && first.decision === undefined && first.what === what) return;
    report(
      path,
      problem('problem.ref.shared-id', {
        thing: what,
        id: cut(id),
        first: first.what,
        line: lineOf(first.path),
      }),
    );
  };
  scenario.actors.forEach((a, i) => claim(a.id, ['actors', i, 'id'], 'actor'));
  // Only one structure runs at a time: its meetings may reuse the ids of another's.
  const meetingIds = new Map<string, Path>();
  scenario.structures.forEach((s, si) =>
    s.meetings.forEach((m, mi) => {
      if (!meetingIds.has(m.id)) meetingIds.set(m.id, ['structures', si, 'meetings', mi, 'id']);
    }),
  );
  for (const [id, path] of meetingIds) claim(id, path, 'meeting');
  scenario.injects.forEach((inj, i) => {
    if ('id' in inj.event) claim(inj.event.id, ['injects', i, 'event', 'id'], 'event');
  });
  scenario.decisions.forEach((d, di) =>
    d.options.forEach((o, oi) =>
      o.events.forEach((e, ei) => {
        if ('id' in e)
          claim(e.id, ['decisions', di, 'options', oi, 'events', ei, 'id'], 'event', di);
      }),
    ),
  );
}
