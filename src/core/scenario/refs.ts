// Cross-reference checks on a scenario that already passed the schema: ids are unique, every
// id named elsewhere exists, and times fall inside the exercise. Each issue carries the path
// of the offending value so the loader can point at its line and column.
import { checkMeasures } from '../evaluation/check';
import { METRIC_KEYS } from '../metrics/metrics';
import { formatDuration, formatTime } from '../time';
import type { Fact, Scenario, SimEvent } from './schema';
import { didYouMean, quote, quoteList } from './suggest';

export type Path = readonly (string | number)[];

export interface RefIssue {
  path: Path;
  message: string;
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
  const report = (path: Path, message: string) => issues.push({ path, message });

  /** Reports the second and later uses of an id; returns the set of ids. */
  const unique = (
    thing: string,
    ids: readonly { id: string | number; path: Path }[],
    word = 'id',
  ): Set<string> => {
    const first = new Map<string, Path>();
    for (const { id, path } of ids) {
      const key = String(id);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, path);
      else {
        report(
          path,
          `duplicate ${thing} ${word} ${typeof id === 'number' ? id : quote(id)}: the ${thing} on line ${lineOf(earlier)} ` +
            `already has it; give each ${thing} its own ${word}`,
        );
      }
    }
    return new Set(first.keys());
  };

  const actors = unique(
    'actor',
    scenario.actors.map((a, i) => ({ id: a.id, path: ['actors', i, 'id'] })),
  );
  const actorList = [...actors];
  const knownActors = (value: string) =>
    `${didYouMean(value, actorList)} known actors: ${quoteList(actorList)}`;
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
    'serial',
  );

  const actor = (path: Path, value: string, field: string) => {
    if (actors.has(value)) return;
    report(path, `unknown actor ${quote(value)} in "${field}";${knownActors(value)}`);
  };
  const actorEach = (path: Path, values: readonly string[], field: string) =>
    values.forEach((v, i) => actor([...path, i], v, field));

  const area = (path: Path, value: string) => {
    if (areas.has(value)) return;
    report(
      path,
      areas.size === 0
        ? `"area" names ${quote(value)}, but this scenario defines no areas: add it under "areas:"`
        : `unknown area ${quote(value)} in "area";${didYouMean(value, areas)} known areas: ${quoteList([...areas])}`,
    );
  };

  const exerciseLength =
    scenario.duration % 60 === 0 ? `${scenario.duration / 60}h` : formatDuration(scenario.duration);
  const inExercise = (path: Path, t: number, field: string) => {
    if (t <= scenario.duration) return;
    report(
      path,
      `"${field}": ${formatTime(t)} is after the end of this ${exerciseLength} exercise; ` +
        `use a time up to ${formatTime(scenario.duration)} or make "duration" longer`,
    );
  };
  const positive = (path: Path, d: number, field: string, why: string) => {
    if (d > 0) return;
    report(path, `"${field}" must be longer than 0m: ${why}`);
  };

  positive(['duration'], scenario.duration, 'duration', 'the exercise needs time to run');

  const kindOf = new Map(scenario.actors.map((a) => [a.id, a.kind]));
  for (const [i, a] of scenario.actors.entries()) {
    (a.covers ?? []).forEach((v, j) => area(['actors', i, 'covers', j], v));
    if (a.covers !== undefined && a.kind !== 'host-police')
      report(
        ['actors', i, 'covers'],
        `"covers" is for host-state police units (kind: host-police); ${quote(a.id)} is ${a.kind}`,
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
          `a host-police fact names ${quote(fact.unit)}, which is ${kindOf.get(fact.unit)}: name a host-police unit`,
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
    what: string,
  ) => {
    const kind = kindOf.get(id);
    if (kind === undefined || kinds.includes(kind)) return;
    report(path, `"${field}" must be ${what}, but ${quote(id)} is ${kind}`);
  };

  if (scenario.defaultStructure !== undefined && !structures.has(scenario.defaultStructure)) {
    report(
      ['defaultStructure'],
      `unknown structure ${quote(scenario.defaultStructure)} in "defaultStructure";` +
        `${didYouMean(scenario.defaultStructure, structures)} known structures: ${quoteList([...structures])}`,
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
            `link to nowhere: unknown actor ${quote(link[end])} in "${end}";${knownActors(link[end])}`,
          );
        }
      }
      const maxJitter = Math.max(JITTER_PER_LATENCY * link.latency, JITTER_FLOOR);
      if (link.jitter > maxJitter) {
        report(
          [...lp, 'jitter'],
          `"jitter" ${formatDuration(link.jitter)} is far above this link's latency of ` +
            `${formatDuration(link.latency)}: a jitter is the spread of the delay, at most ` +
            `${JITTER_PER_LATENCY} times the latency or ${formatDuration(JITTER_FLOOR)} ` +
            `(here ${formatDuration(maxJitter)}); raise "latency" if messages are really that slow`,
        );
      }
      if (link.from === link.to) {
        report(
          [...lp, 'to'],
          `a link from ${quote(link.from)} to itself: "to" must name another actor`,
        );
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
          `${quote(meeting.chair)} chairs this meeting and is also listed as an invitee: ` +
            `remove it from "invitees"`,
        );
      }
      inExercise([...mp, 'first'], meeting.first, 'first');
      if (meeting.every !== undefined)
        positive(
          [...mp, 'every'],
          meeting.every,
          'every',
          'a meeting cannot recur without a pause',
        );
      positive(
        [...mp, 'postponeBy'],
        meeting.postponeBy,
        'postponeBy',
        'a postponed session must move to a later time',
      );
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

  // Events come from injects and from decision options; `when.ref` may name any of them.
  const processIds = new Set<string>();
  const handovers = new Set<string>();
  const reviews: { path: Path; ref: string }[] = [];
  const checkEvent = (path: Path, event: SimEvent) => {
    if ('id' in event) processIds.add(event.id);
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
        ofKind(
          [...path, 'actor'],
          event.actor,
          'actor',
          ['host-police'],
          'a host-state police unit (HRDDP concerns UN support to non-UN security forces)',
        );
        break;
      case 'joint-patrol':
        actor([...path, 'unit'], event.unit, 'unit');
        ofKind(
          [...path, 'unit'],
          event.unit,
          'unit',
          ['military', 'police'],
          'a UN unit (military or police)',
        );
        actor([...path, 'partner'], event.partner, 'partner');
        ofKind(
          [...path, 'partner'],
          event.partner,
          'partner',
          ['host-police'],
          'a host-state police unit',
        );
        area([...path, 'area'], event.area);
        positive([...path, 'length'], event.length, 'length', 'a patrol takes some time');
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
          ofKind(
            [...path, 'overwhelms', i],
            id,
            'overwhelms',
            ['host-police'],
            'a host-state police unit',
          );
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
        positive(
          [...path, 'reassessAfter'],
          event.reassessAfter,
          'reassessAfter',
          'a district found not ready is assessed again later',
        );
        for (const phase of ['assessment', 'planning', 'colocated', 'monitoring'] as const) {
          positive(
            [...path, 'phases', phase],
            event.phases[phase],
            phase,
            'each phase of a handover takes some time',
          );
        }
        positive(
          [...path, 'reviewEvery'],
          event.reviewEvery,
          'reviewEvery',
          'monitoring reviews recur',
        );
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
          report(
            path,
            `this capacity-change changes nothing: give the new "capacity", "teams", "certified" or "respond" of ${quote(event.actor)}`,
          );
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
        `"default" must be one of this decision's options, not ${quote(decision.default)};` +
          `${didYouMean(decision.default, options)} options: ${quoteList([...options])}`,
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

  const metricKeys: readonly string[] = METRIC_KEYS;
  scenario.metrics.forEach((metric, i) => {
    if (metricKeys.includes(metric)) return;
    report(
      ['metrics', i],
      `unknown metric ${quote(metric)} in "metrics";${didYouMean(metric, metricKeys)} ` +
        `metrics: ${quoteList([...metricKeys], 40)}`,
    );
  });

  for (const [i, inject] of scenario.injects.entries()) {
    const ip = ['injects', i];
    if (inject.at !== undefined) inExercise([...ip, 'at'], inject.at, 'at');
    if (inject.objective !== undefined && !objectives.has(inject.objective)) {
      report(
        [...ip, 'objective'],
        `unknown learning objective ${quote(inject.objective)} in "objective";` +
          `${didYouMean(inject.objective, objectives)} known objectives: ${quoteList([...objectives])}`,
      );
    }
    const ref = inject.when?.ref;
    if (ref !== undefined && !processIds.has(ref)) {
      report(
        [...ip, 'when', 'ref'],
        processIds.size === 0
          ? `"ref" names the event ${quote(ref)}, but no inject or decision option sets an event with an id in motion`
          : `unknown event ${quote(ref)} in "ref": no inject or decision option sets an event with this id in motion;` +
              `${didYouMean(ref, processIds)} event ids: ${quoteList([...processIds])}`,
      );
    }
  }

  for (const { path, ref } of reviews) {
    if (handovers.has(ref)) continue;
    report(
      path,
      `"handover" names ${quote(ref)}, but no handover event has that id;` +
        `${didYouMean(ref, handovers)} handovers: ${handovers.size ? quoteList([...handovers]) : 'none'}`,
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
  report: (path: Path, message: string) => void,
  lineOf: LineOf,
): void {
  const owners = new Map<string, { path: Path; what: string; decision?: number }>();
  const claim = (id: string, path: Path, what: string, decision?: number) => {
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
      `${what} id ${quote(id)} is already the id of the ${first.what} on line ${lineOf(first.path)}: ` +
        'actors, meetings and the events a run sets in motion each need their own id',
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
