// Every problem the scenario loader can report has its own French text, and broken files are
// reported in French with the same `file:line:col` as in English.
import { describe, expect, it } from 'vitest';
import { loadScenario, SCHEMA_PROBLEMS, type LoadResult, type ProblemKind } from '../core/index.ts';
import { CATALOGS } from './index';
import { describeProblem } from './index';
import { LOADER_EN } from './loader-en';
import { COMPARE_EN } from './compare-en';

const problemKinds = (): ProblemKind[] =>
  (Object.keys(CATALOGS.en) as ProblemKind[]).filter((k) => k.startsWith('problem.'));

/** What a problem says with no parameters: enough to tell a translation from a copy. */
const bare = (kind: ProblemKind, locale: 'en' | 'fr') =>
  describeProblem({ kind, params: {} } as never, locale);

describe('scenario problems in French', () => {
  it('every problem kind has a French text of its own, not the English one', () => {
    const kinds = problemKinds();
    // The loader's own kinds and the schema's messages are among them.
    expect(kinds).toEqual(expect.arrayContaining(Object.keys(LOADER_EN)));
    expect(kinds).toEqual(expect.arrayContaining([...SCHEMA_PROBLEMS]));
    // …and a comparison request's (core/compare/problems.ts).
    expect(kinds).toEqual(expect.arrayContaining(Object.keys(COMPARE_EN)));
    const untranslated = kinds.filter((kind) => {
      const fr = CATALOGS.fr[kind];
      return typeof fr !== 'string' || fr.trim() === '' || bare(kind, 'fr') === bare(kind, 'en');
    });
    expect(untranslated).toEqual([]);
  });

  const load = (text: string, locale: 'en' | 'fr'): LoadResult =>
    loadScenario(text, 'drill.yaml', {
      language: locale,
      describe: (p) => describeProblem(p, locale),
    });
  const located = (r: LoadResult) =>
    r.ok ? [] : r.errors.map((e) => ({ line: e.line, col: e.col, kind: e.problem?.kind }));
  const messages = (r: LoadResult) => (r.ok ? [] : r.errors.map((e) => e.message));

  const ONE_ACTOR = `version: 1
id: drill
title: Drill
summary: A small drill.
duration: 72h
objectives:
  - { id: lo, text: Learn. }
actors:
  - { id: hc, kind: humanitarian, role: HC, name: HC }
structures:
  - id: hub
    name: Hub
    links:
      - { from: hc, to: joc, channel: radio, latency: 5m }
    authority:
      escortDecision: hc
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: joc
      pocResponders: [bn]
      handoverDecision: joc
`;

  const BROKEN: ReadonlyArray<[string, string, RegExp]> = [
    ['a tab', 'version: 1\n\tid: x\n', /tabulation/],
    ['an unclosed bracket', 'version: 1\nactors: [a, b\nid: x\n', /n’est jamais fermé/],
    ['a duplicate key', 'version: 1\nid: a\nid: b\n', /clé « id » en double .* ligne 2/],
    ['an empty file', '', /le fichier est vide/],
    ['a list', '- a\n- b\n', /une liste/],
    ['one actor', ONE_ACTOR, /un maillage a besoin d’au moins deux acteurs/],
  ];
  for (const [what, text, french] of BROKEN) {
    it(`reports ${what} in French, at the same place as in English`, () => {
      const en = load(text, 'en');
      const fr = load(text, 'fr');
      expect(fr.ok).toBe(false);
      expect(messages(fr).join('\n')).toMatch(french);
      expect(located(fr)).toEqual(located(en));
      expect(messages(fr)).not.toEqual(messages(en));
    });
  }

  it('names unknown actors in French, with the closest one', () => {
    const fr = messages(
      load(
        ONE_ACTOR.replace(
          '- { id: hc,',
          '- { id: joc, kind: civilian, role: JOC, name: JOC }\n  - { id: hc,',
        ),
        'fr',
      ),
    );
    expect(fr).toContain(
      'acteur inconnu « bn » dans « escortProviders » ; acteurs connus : joc et hc',
    );
  });
});
