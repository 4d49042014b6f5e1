// The app in the pseudo-locale en-XA, where every catalog string is accented English between
// ⟦ ⟧: any visible text that is neither bracketed nor the scenario's own was written straight
// into a component and would stay English on a French screen.
import { act, cleanup } from '@testing-library/react';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../i18n/index.ts';
import { BriefDialog } from './BriefDialog';
import { ErrorPanel } from './ErrorPanel';
import { EventLog } from './EventLog';
import { Header } from './Header';
import { HelpDialog } from './HelpDialog';
import { Inspector } from './Inspector';
import { MetricsPanel } from './MetricsPanel';
import { Notice } from './Notice';
import { Playback } from './Playback';
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
