// Likely mistakes in a valid scenario: it runs, but probably not as its author meant. Each is
// a warning, located like an error, never a reason to refuse the file: an actor no link
// reaches, a link or a recipient given twice, host-state police fields on another kind of
// actor (the engine ignores them; HRDDP mitigation there mitigates nothing), and an escort request whose criterion 2 contradicts what
// the scenario says of the host-state police leading its area.
import type { Found } from './conditions';
import { shown } from './conditions';
import { problem } from './problems';
import type { LineOf, Path } from './refs';
import type { Scenario, SimEvent } from './schema';

export function checkWarnings(scenario: Scenario, lineOf: LineOf): Found[] {
  const found: Found[] = [];
  const warn = (path: Path, p: Found['problem']) => found.push({ path, problem: p });

  // ── actors no link reaches ──
  const linkless = new Map<string, string[]>();
  for (const structure of scenario.structures) {
    const linked = new Set(structure.links.flatMap((l) => [l.from, l.to]));
    for (const actor of scenario.actors) {
      if (linked.has(actor.id)) continue;
      linkless.set(actor.id, [...(linkless.get(actor.id) ?? []), structure.id]);
    }
  }
  for (const [i, actor] of scenario.actors.entries()) {
    const structures = linkless.get(actor.id);
    if (structures !== undefined)
      warn(
        ['actors', i, 'id'],
        problem('problem.actor-no-links', {
          actor: shown(actor.id),
          structures: structures.map(shown),
        }),
      );
  }

  // ── links given twice in one structure ──
  for (const [s, structure] of scenario.structures.entries()) {
    // Directed pair → path of the link that first carries messages that way.
    const carried = new Map<string, Path>();
    for (const [l, link] of structure.links.entries()) {
      const path: Path = ['structures', s, 'links', l];
      const ways = link.oneWay
        ? [[link.from, link.to]]
        : [
            [link.from, link.to],
            [link.to, link.from],
          ];
      const first = ways
        .map(([a, b]) => carried.get(`${a}\u0000${b}`))
        .find((p) => p !== undefined);
      if (first !== undefined && link.from !== link.to) {
        warn(
          [...path, 'from'],
          problem('problem.link-duplicate', {
            from: shown(link.from),
            to: shown(link.to),
            line: lineOf(first),
          }),
        );
        continue;
      }
      for (const [a, b] of ways) carried.set(`${a}\u0000${b}`, path);
    }
  }

  // ── recipients named twice ──
  const twice = (path: Path, ids: readonly string[], field: string) => {
    const seen = new Set<string>();
    for (const [i, id] of ids.entries()) {
      if (seen.has(id))
        warn([...path, i], problem('problem.recipient-duplicate', { actor: shown(id), field }));
      seen.add(id);
    }
  };
  for (const [s, structure] of scenario.structures.entries()) {
    for (const [m, meeting] of structure.meetings.entries())
      twice(['structures', s, 'meetings', m, 'invitees'], meeting.invitees, 'invitees');
    const at: Path = ['structures', s, 'authority'];
    twice([...at, 'escortProviders'], structure.authority.escortProviders, 'escortProviders');
    twice([...at, 'pocResponders'], structure.authority.pocResponders, 'pocResponders');
  }

  // ── host-state police fields elsewhere ──
  const kindOf = new Map(scenario.actors.map((a) => [a.id, a.kind]));
  for (const [i, actor] of scenario.actors.entries()) {
    if (actor.kind === 'host-police') continue;
    for (const field of ['readiness', 'hrddp', 'covers'] as const) {
      if (actor[field] !== undefined)
        warn(
          ['actors', i, field],
          problem('problem.host-police-only', { actor: shown(actor.id), kind: actor.kind, field }),
        );
    }
    // HRDDP governs UN support to non-UN security forces: the host-state police here. On a UN
    // component or a humanitarian actor, mitigation measures mitigate nothing.
    if (actor.hrddpMitigation !== undefined)
      warn(
        ['actors', i, 'hrddpMitigation'],
        problem('problem.hrddp-mitigation-not-host-police', {
          actor: shown(actor.id),
          kind: actor.kind,
        }),
      );
  }

  // ── HRDDP mitigation on a unit whose support is never restricted ──
  // Measures apply under a suspension or "mitigation" only: on a cleared unit that no
  // `hrddp-status` event ever restricts, they never take effect.
  const events = [
    ...scenario.injects.map((i) => i.event),
    ...scenario.decisions.flatMap((d) => d.options.flatMap((o) => o.events)),
  ];
  const restricted = new Set(
    events.flatMap((e) => (e.type === 'hrddp-status' && e.hrddp !== 'cleared' ? [e.actor] : [])),
  );
  for (const [i, actor] of scenario.actors.entries())
    if (
      actor.kind === 'host-police' &&
      actor.hrddpMitigation !== undefined &&
      (actor.hrddp ?? 'cleared') === 'cleared' &&
      !restricted.has(actor.id)
    )
      warn(
        ['actors', i, 'hrddpMitigation'],
        problem('problem.hrddp-mitigation-unused', { actor: shown(actor.id) }),
      );

  // ── events: recipients, certified shares, contradicting facts ──
  const leads = new Map(scenario.areas.map((a) => [a.id, a.lead]));
  const areas = new Map(scenario.areas.map((a) => [a.id, a]));
  const actors = new Map(scenario.actors.map((a) => [a.id, a]));
  const event = (path: Path, e: SimEvent) => {
    switch (e.type) {
      case 'information':
        twice([...path, 'to'], e.to, 'to');
        break;
      case 'incident':
        twice([...path, 'needToKnow'], e.needToKnow, 'needToKnow');
        break;
      case 'capacity-change': {
        const kind = kindOf.get(e.actor);
        if (e.certified !== undefined && kind !== undefined && kind !== 'host-police')
          warn(
            [...path, 'certified'],
            problem('problem.host-police-only', {
              actor: shown(e.actor),
              kind,
              field: 'certified',
            }),
          );
        break;
      }
      case 'escort-request': {
        const said = new Map<string, { works: boolean | number; path: Path }>();
        for (const [a, alternative] of e.alternatives.entries()) {
          const at: Path = [...path, 'alternatives', a];
          const first = said.get(alternative.kind);
          if (first === undefined)
            said.set(alternative.kind, { works: alternative.works, path: at });
          else if (first.works !== alternative.works)
            warn(
              [...at, 'works'],
              problem('problem.facts-alternative', {
                alternative: alternative.kind,
                line: lineOf(first.path),
              }),
            );
        }
        // Criterion 2 said outright, against the host-state police the area's lead is.
        const lead = actors.get(leads.get(e.area) ?? '');
        const respond = lead?.kind === 'host-police' ? lead.readiness?.respond : undefined;
        // Criterion 3 said to hold where the area's start says an escort cannot be safe.
        const area = areas.get(e.area);
        if (
          e.escortCredible === true &&
          area !== undefined &&
          (area.threat === 'high' || area.posture === 'hostile')
        )
          warn(
            [...path, 'escortCredible'],
            problem('problem.facts-escort-credible', {
              area: shown(e.area),
              severity: area.threat,
              hostile: area.posture === 'hostile',
            }),
          );
        if (
          typeof e.hostStateUnable === 'boolean' &&
          typeof respond === 'boolean' &&
          e.hostStateUnable === respond
        )
          warn(
            [...path, 'hostStateUnable'],
            problem('problem.facts-host-state', {
              area: shown(e.area),
              lead: shown(lead!.id),
              unable: e.hostStateUnable,
            }),
          );
        break;
      }
      default:
        break;
    }
  };
  for (const [i, inject] of scenario.injects.entries())
    event(['injects', i, 'event'], inject.event);
  for (const [d, decision] of scenario.decisions.entries())
    for (const [o, option] of decision.options.entries())
      for (const [e, ev] of option.events.entries())
        event(['decisions', d, 'options', o, 'events', e], ev);
  return found;
}
