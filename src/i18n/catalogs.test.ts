// The catalogs hold every key in both languages, with the same arguments, and nothing else;
// every entry of the bundled scenarios renders in both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  machineStateNames,
  MARKS,
  METRIC_KEYS,
  Simulation,
  TERMS,
} from '../core/index.ts';
import type { MessageKey } from './catalogs';
import { CATALOGS } from './index';
import { describeEntry } from './index';

const ROOT = join(import.meta.dirname, '..', '..');
const keys = (locale: 'en' | 'fr') => Object.keys(CATALOGS[locale]).sort();

/** Argument names a message reads (select keys' `_key` and `has_` helpers under their name). */
function args(message: string): string[] {
  const names = new Set<string>();
  const walk = (ast: unknown): void => {
    for (const el of ast as Array<Record<string, unknown>>) {
      if (el['type'] !== 0 && typeof el['value'] === 'string')
        names.add((el['value'] as string).replace(/^has_/, '').replace(/_key$/, ''));
      const options = el['options'] as Record<string, { value: unknown }> | undefined;
      if (options) for (const o of Object.values(options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

/** Every non-test TypeScript source under a folder, as one text. */
function sources(dir: string): string {
  let all = '';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) all += sources(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      all += readFileSync(path, 'utf8');
  }
  return all;
}

/**
 * Whether the app's code names a key: whole (`'app.log.title'`), or through the template that
 * builds it (`app.kind.${kind}`, `app.state.${slug(leaf)}`), a prefix ending where a template
 * placeholder starts, for the families whose members are the values of a closed vocabulary.
 */
function usedByApp(key: string, code: string): boolean {
  if (code.includes(`'${key}'`)) return true;
  const families = [...code.matchAll(/`(app\.[a-z-]+(?:\.[a-z-]+)*\.)\$\{/g)].map((m) => m[1]!);
  return families.some((prefix) => key.startsWith(prefix));
}

describe('message catalogs', () => {
  it('have the same keys in English and French', () => {
    expect(keys('fr')).toEqual(keys('en'));
  });

  it('use the same arguments in both languages, and parse as ICU messages', () => {
    for (const key of keys('en') as MessageKey[]) {
      expect(args(CATALOGS.fr[key]), key).toEqual(args(CATALOGS.en[key]));
    }
  });

  it('leave no key unused', () => {
    const core = sources(join(ROOT, 'src', 'core'));
    // The CLI's words, and what the host, the PDF printer and the queue worker say with them.
    const edges = ['cli', 'i18n', 'server', 'report', 'jobqueue']
      .map((dir) => sources(join(ROOT, 'src', dir)))
      .join('');
    const report =
      sources(join(ROOT, 'src', 'report')) +
      sources(join(ROOT, 'src', 'ui')) +
      // a measure's words, shared by the report and the hot wash
      readFileSync(join(ROOT, 'src', 'i18n', 'measures.ts'), 'utf8');
    const graph = sources(join(ROOT, 'src', 'graph'));
    const built = [
      'report.role.',
      'report.status.',
      'report.rating.',
      'report.compare.',
      'report.kind.',
      'report.col.',
    ].filter((prefix) => report.includes(`\`${prefix}\${`));
    const terms = new Set(
      Object.entries(TERMS).flatMap(([param, values]) =>
        values.map((v) => `${['skipped', 'cut'].includes(param) ? 'phase' : param}.${v}`),
      ),
    );
    const app = sources(join(ROOT, 'src', 'ui')) + sources(join(ROOT, 'src', 'store'));
    const unused = keys('en').filter((key) => {
      if (terms.has(key)) return false;
      if (key.startsWith('app.')) return !usedByApp(key, app);
      if (key.startsWith('metric.')) return !METRIC_KEYS.includes(key.slice(7) as never);
      if (key.startsWith('cli.')) return !edges.includes(`'${key}'`);
      // the big-mesh graph's words
      if (key.startsWith('webgl.')) return !graph.includes(`'${key}'`);
      // the report's words: said by the report (some keys are built, as `report.role.${role}`)
      if (key.startsWith('report.'))
        return !report.includes(`'${key}'`) && !built.some((prefix) => key.startsWith(prefix));
      // a log kind or a phrase: some machine or the engine says it
      return !core.includes(`'${key}'`);
    });
    expect(unused).toEqual([]);
  });

  // The machines carry no prose: every state's name and meaning come from here, in both
  // languages (the first test checks French has every key English has).
  it('name every machine state, what it means, and every mark, and nothing else', () => {
    const slug = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    const machines = ['military', 'police', 'humanitarian', 'civilian', 'hostPolice', 'component'];
    machines.push('meeting', 'poc', 'escort', 'notification', 'information', 'handover', 'patrol');
    const states = new Set<string>();
    const meanings = new Set<string>();
    for (const m of machines)
      for (const s of machineStateNames(m)) {
        states.add(`app.state.${slug(s.name.split('.').at(-1)!)}`);
        meanings.add(`app.state-desc.${m}.${s.name.split('.').map(slug).join('.')}`);
      }
    const marks = new Set(MARKS.map((m) => `app.mark.${m}`));
    const family = (prefix: string) => keys('en').filter((k) => k.startsWith(prefix));
    expect(family('app.state.')).toEqual([...states].sort());
    expect(family('app.state-desc.')).toEqual([...meanings].sort());
    expect(family('app.mark.')).toEqual([...marks].sort());
  });

  it('never use a straight apostrophe in French (ICU would read it as a quote)', () => {
    const straight = keys('fr').filter((k) =>
      /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ{]/.test(CATALOGS.fr[k as MessageKey]),
    );
    expect(straight).toEqual([]);
  });
});

describe('describeEntry', () => {
  const bundled = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));

  it.each(bundled)('renders every entry of %s in English and French', (file) => {
    const loaded = loadScenario(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    for (const structure of loaded.scenario.structures) {
      const sim = new Simulation(loaded.scenario, { structure: structure.id, seed: 2 }).run();
      for (const e of sim.log) {
        const en = describeEntry(e, 'en');
        const fr = describeEntry(e, 'fr');
        for (const line of [en, fr]) {
          expect(line, e.kind).not.toMatch(/\{|\}|undefined|\[object/);
          expect(line.length, e.kind).toBeGreaterThan(0);
        }
      }
    }
  });

  it('formats numbers, shares, durations and lists the French way', () => {
    const e = {
      kind: 'meeting.held',
      params: {
        name: 'Groupe de travail PdC',
        session: 2,
        present: 3,
        invited: 5,
        quorum: 0.5,
        absent: ['HC', 'OCHA', 'JOC'],
        attendance: 0.6,
      },
    } as const;
    expect(describeEntry(e, 'fr')).toBe(
      'Groupe de travail PdC, séance 2 tenue : 3 invités présents sur 5, quorum 50\u00a0% ; absents : HC, OCHA et JOC',
    );
    const lost = {
      kind: 'message.lost',
      params: {
        about: { kind: 'about.escort-request', params: { id: 'e1' } },
        from: 'wfp',
        to: 'hc',
        hopFrom: 'wfp',
        hopTo: 'ocha',
        channel: 'radio',
        reliability: 0.5,
      },
    } as const;
    expect(describeEntry(lost, 'fr')).toBe(
      '« demande d’escorte e1 » perdu sur la liaison radio wfp → ocha (fiabilité 0,5)',
    );
    const postponed = {
      kind: 'handover.postponed',
      params: { area: 'Mureba', reassessAfter: 200 },
    } as const;
    // Intl puts no-break spaces inside "3 h" and "50 %".
    expect(describeEntry(postponed, 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'passation de Mureba reportée : réévaluation dans 3 h 20',
    );
    expect(describeEntry(postponed, 'en')).toBe(
      'handover of Mureba postponed: reassessment in 3h20m',
    );
  });
});
