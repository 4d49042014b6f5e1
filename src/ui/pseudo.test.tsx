// The app in the pseudo-locale en-XA, where every catalog string is accented English between
// ⟦ ⟧: any visible text that is neither bracketed nor the scenario's own was written straight
// into a component and would stay English on a French screen.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';
import * as words from '../i18n/index.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../i18n/index.ts';
import CARANA from '../../scenarios/carana-three-bad-days.yaml?raw';
import { Exercise, type Seat } from '../server/exercise.ts';
import { clientMessage, type ClientMessage } from '../server/protocol.ts';
import { Audience, frameNow, seatState } from '../server/views.ts';
import { BriefDialog } from './BriefDialog';
import CompareView from './compare/CompareView';
import { ExerciseConnection } from './exercise/connection';
import { ConnectionContext } from './exercise/context';
import { ExerciseApp } from './exercise/ExerciseApp';
import { HotWash } from './HotWash';
import { LocaleProvider } from './i18n';
import { InjectDialog } from './InjectDialog';
import { ObserveDialog } from './ObserveDialog';
import { ErrorPanel } from './ErrorPanel';
import { EventLog } from './EventLog';
import { Header } from './Header';
import { HelpDialog } from './HelpDialog';
import { Inspector } from './Inspector';
import { MetricsPanel } from './MetricsPanel';
import { Notice } from './Notice';
import { Playback } from './Playback';
import { emptyObservationDraft as emptyDraft } from '../store';
import { rig } from './testing';
import { Timeline } from './Timeline';

afterEach(cleanup);

/** Every string a scenario file holds (names, texts, ids): shown as the trainer wrote them. */
function scenarioStrings(yaml: string): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(yaml));
  return out;
}

/**
 * Text with no words in it: clock times, counts, punctuation, arrows, a key's letter, and a
 * duration in the compact form scenario files use ("2h15m"; French spells it out).
 */
const WORDLESS = /^[\s\d\p{P}\p{S}]*$|^T\+\d\d:\d\d$|^[A-Z]$|^(\d+[dhm])+$/u;

/** Visible text nodes and the words a screen reader or a tooltip gives, not from the catalogs. */
function untranslated(root: HTMLElement, own: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const check = (text: string | null | undefined, where: string) => {
    const t = (text ?? '').trim();
    if (t === '' || WORDLESS.test(t) || own.has(t)) return;
    // Scenario names strung together (a message's route "A → B → C")
    const parts = t.split(/\s*[→·]\s*/);
    if (parts.length > 1 && parts.every((p) => own.has(p) || WORDLESS.test(p))) return;
    if (t.includes(PSEUDO_OPEN) || t.includes(PSEUDO_CLOSE)) return;
    found.push(`${where}: ${t}`);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    // A scenario problem is the loader's sentence (src/core/scenario), not the app's.
    if (parent?.matches('.error-list span')) continue;
    // The graph's own stylesheet, and a long actor name the graph wraps onto two lines.
    if (parent?.tagName.toLowerCase() === 'style') continue;
    if (parent?.tagName.toLowerCase() === 'tspan' && parent.parentElement?.textContent) {
      // a player's own actors are starred
      const part = (n.textContent ?? '').replace(/^★\s*/, '').trim();
      if (own.has(parent.parentElement.textContent.trim())) continue;
      const whole = [...own].some((name) => name.includes(part));
      if (whole) continue;
    }
    check(n.textContent, parent?.tagName.toLowerCase() ?? '#text');
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt'])
      if (el.hasAttribute(attr))
        check(el.getAttribute(attr), `${el.tagName.toLowerCase()}[${attr}]`);
  }
  return found;
}

describe('the app in the pseudo-locale', () => {
  const own = scenarioStrings(DRILL);
  own.add('PeaceMesh'); // the product's name, the same in every language
  own.add('decision-drill'); // the bundled scenario's file name, in the scenario menu
  own.add('EXCON'); // exercise control, as the log names it in every language
  own.add('phone'); // an inject's delivery method when the scenario gives none (its format's default)

  it('shows no text that did not come from the catalogs or the scenario', async () => {
    const r = await rig('en-XA');
    const { container } = r.show(
      <>
        <Header />
        <Timeline />
        <EventLog />
        <Playback />
        <Inspector />
        <MetricsPanel />
        <ErrorPanel />
        <Notice />
        <HelpDialog />
        <BriefDialog />
      </>,
    );
    expect(document.documentElement.lang).toBe('en-XA');
    expect(untranslated(container, own)).toEqual([]);

    // A run under way: log lines, delivered injects, metrics with values, a notice.
    for (let i = 0; i < 6; i++) {
      await act(async () => {
        await r.controller.stepForward();
      });
    }
    expect(r.store.getState().log.length).toBeGreaterThan(3);
    act(() => r.controller.notify('⟦notice⟧'));
    expect(untranslated(container, own)).toEqual([]);

    // An actor and a log entry in the inspector: states, fields, processes, messages, marks.
    act(() => r.controller.select('ocha'));
    const sent = r.store.getState().log.findLast((e) => e.kind === 'message.sent');
    expect(sent).toBeDefined();
    act(() => r.controller.selectEntry(sent!.seq));
    expect(r.store.getState().inspector).not.toBeNull();
    expect(r.store.getState().entry).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);

    // The filters, the dialogs and a file that could not be opened.
    act(() => r.controller.setView({ helpOpen: true, briefOpen: true }));
    act(() => void r.controller.openScenarioText('version: 1\nid: [', 'broken.yaml'));
    expect(r.store.getState().errors).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);
  });
});

/** The drill with measures of every kind, so the hot wash words each one. */
const MEASURED = DRILL.replace(
  '    text: Apply the IASC criteria.\n',
  `    text: Apply the IASC criteria.
    tasks:
      - text: Decide each request within 6 hours.
        measures:
          - { each: escort.submitted, then: [escort.approved, escort.declined], by: hc, within: 6h }
          - { count: escort.approved, ref: convoy-1, atMost: 0 }
          - { metric: decisionTimeMean, atLeast: 10m, atMost: 6h }
          - { metric: meetingAttendanceMean, atLeast: 75% }
          - { decision: second-convoy, is: wait }
      - text: Explain the decision.
`,
);

describe('the evaluation and control screens in the pseudo-locale', () => {
  const own = scenarioStrings(MEASURED);
  own.add('PeaceMesh');
  own.add('EXCON');
  own.add('phone');
  own.add('decision-drill.yaml');
  own.add('HTML'); // a file format's name
  own.add('Markdown');
  own.add('structures.*.meetings.cmcoord-forum.every=12h,24h'); // a sweep's syntax, as typed
  const OBSERVED = 'Convoy request checked against the criteria.';
  own.add(OBSERVED);

  it('observation form, live inject dialog and hot wash show only catalog text', async () => {
    const r = await rig('en-XA');
    expect(r.controller.openScenarioText(MEASURED, 'decision-drill.yaml')).toBe(true);
    const { container } = r.show(
      <>
        <ObserveDialog />
        <InjectDialog />
        <HotWash />
      </>,
    );
    for (let i = 0; i < 8; i++) {
      await act(async () => {
        await r.controller.stepForward();
      });
    }
    act(() => r.controller.openObserve());
    expect(container.querySelector('dialog.observe')).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);
    // An empty observation: the form says what is missing.
    act(() => {
      (container.querySelector('form.observation-form button[type=submit]') as HTMLElement).click();
    });
    expect(container.querySelector('.form-problem')).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);
    act(() => r.controller.closeObserve());
    expect(r.controller.recordObservation({ ...emptyDraft(), text: OBSERVED })).toBeNull();

    // The inject dialog with each kind's fields, and a draft with problems.
    act(() => r.controller.openInject());
    const dialog = container.querySelector('[data-testid=inject-dialog]')!;
    expect(dialog).not.toBeNull();
    for (const kind of dialog.querySelectorAll<HTMLButtonElement>('.inject__kinds button')) {
      act(() => kind.click());
      expect(untranslated(container, own)).toEqual([]);
    }
    await act(async () => {
      (dialog.querySelector('button[type=submit]') as HTMLElement).click();
    });
    expect(dialog.querySelector('.inject__problems')).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);
    act(() => r.controller.closeInject());

    // The hot wash: decisions, objectives with every kind of measure, observations, metrics,
    // key events and the improvement plan.
    const opening = r.controller.openHotWash();
    await act(async () => {
      r.frames.flush();
      await opening;
    });
    act(() => r.controller.addPlanAction('lo-escort'));
    const d = r.store.getState().hotwash!;
    expect(d).not.toBeNull();
    expect(d.objectives[0]!.tasks[0]!.measures).toHaveLength(5);
    expect(container.querySelectorAll('.hotwash__observations li')).toHaveLength(1);
    expect(untranslated(container, own)).toEqual([]);
  });

  it('the structure comparison shows only catalog text', async () => {
    const { container } = render(
      <LocaleProvider words={words} initial="en-XA">
        <CompareView scenarioText={DRILL} fileName="decision-drill.yaml" onClose={() => {}} />
      </LocaleProvider>,
    );
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await expect.poll(() => container.querySelector('form.compare-form')).not.toBeNull();
    expect(untranslated(container, own)).toEqual([]);
  });

  it('a refused comparison request (a sweep leading nowhere) is worded by the catalogs', async () => {
    const { container } = render(
      <LocaleProvider words={words} initial="en-XA">
        <CompareView scenarioText={DRILL} fileName="decision-drill.yaml" onClose={() => {}} />
      </LocaleProvider>,
    );
    await expect.poll(() => container.querySelector('form.compare-form')).not.toBeNull();
    const sweep = container.querySelector('textarea[name="sweep"]')!;
    fireEvent.change(sweep, { target: { value: 'actors.nobody.teams=1,2' } });
    await act(async () => {
      fireEvent.submit(container.querySelector('form.compare-form')!);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await expect
      .poll(() => container.querySelector('.compare-error')?.textContent ?? '')
      .toContain(PSEUDO_OPEN);
    const text = container.querySelector('.compare-error')!.textContent!;
    expect(text).toContain('actors.nobody.teams');
    expect(text).not.toContain('problem.compare');
    // What the planner typed stays as typed.
    expect(untranslated(container, new Set([...own, 'actors.nobody.teams=1,2']))).toEqual([]);
  });
});

describe('every exercise seat in the pseudo-locale', () => {
  const own = scenarioStrings(CARANA);
  own.add('PeaceMesh');
  own.add('EXCON');
  own.add('T+hh:mm'); // the clock format EXCON types, the same in every language
  const seats = ['HC seat', 'Evaluator A', 'Wall'];
  for (const name of seats) own.add(name);
  const OBSERVED = 'The HC asked for the criteria first.';
  const STAGED = 'JOC phones: armed group seen near the bridge.';
  own.add(OBSERVED);
  own.add(STAGED);

  const x = drive(CARANA);
  x.send('EXCON', { type: 'seat.create', role: 'player', name: 'HC seat', actors: ['hc'] });
  x.send('EXCON', { type: 'seat.create', role: 'evaluator', name: 'Evaluator A', actors: [] });
  x.send('EXCON', { type: 'seat.create', role: 'projector', name: 'Wall', actors: [] });
  x.send('EXCON', { type: 'start' });
  for (let i = 0; i < 4; i++) x.send('EXCON', { type: 'move', move: { to: 'next' } });
  x.send('Evaluator A', { type: 'observe', kind: 'strength', text: OBSERVED, entrySeq: 1 });
  x.send('EXCON', {
    type: 'inject.stage',
    text: STAGED,
    event: { type: 'information', id: 'live-1', from: 'joc', to: ['sector-east'], summary: STAGED },
  });
  const audience = new Audience(x.exercise);

  it.each(['EXCON', ...seats])(
    '%s: no text that is not the catalogs’ or the scenario’s',
    (name) => {
      const seat = x.seat(name);
      const connection = new ExerciseConnection('ws://localhost/never-opened');
      connection.store.setState({
        connected: true,
        state: seatState(x.exercise, seat, frameNow(x.exercise, audience), new Set([seat.id])),
        log: audience.visible(seat, x.exercise.sim.log),
        // A command the host refused: worded by its code, not in the host's English.
        error: { code: 'nothing-waiting', message: 'no decision is waiting' },
      });
      const { container } = render(
        <LocaleProvider words={words} initial="en-XA">
          <ConnectionContext value={connection}>
            <ExerciseApp />
          </ConnectionContext>
        </LocaleProvider>,
      );
      expect(container.querySelector(`[data-role=${seat.role}]`)).not.toBeNull();
      // Every seat can change its language.
      expect(container.querySelector('.xheader select')).not.toBeNull();
      expect(container.querySelector('.xerror')).not.toBeNull();
      expect(untranslated(container, own)).toEqual([]);
    },
  );
});

/** An exercise folded in memory as the host folds it, each command checked and journalled. */
function drive(scenario: string) {
  const at = '2026-11-27T09:00:00.000Z';
  const exercise = new Exercise({
    exercise: 'drill-1',
    seq: 0,
    kind: 'create',
    body: { scenario, file: 'carana.yaml', seed: 1, excon: { id: 'excon', token: 'excon-token' } },
    at,
  });
  let seq = 1;
  const seat = (name: string): Seat => [...exercise.seats.values()].find((s) => s.name === name)!;
  const send = (name: string, message: ClientMessage) => {
    const ids = { next: (p: string) => `${p}-${seq}`, token: () => `token-${seq}` };
    for (const draft of exercise.command(seat(name), clientMessage.parse(message), ids)) {
      const entry = { exercise: exercise.id, seq: seq++, kind: draft.kind, body: draft.body, at };
      if (draft.applied) exercise.record(entry);
      else exercise.apply(entry);
    }
  };
  return { exercise, seat, send };
}
