// The French scenario: the escort dilemma written for a francophone mission. The same exercise
// as convoy-escort-dilemma.yaml (same ids, same numbers), so the same seed gives the same
// metrics; only the words differ, and the whole story reads in French.
import { describe, expect, it } from 'vitest';
import { isStoryEntry } from '../../src/core';
import { describeEntry } from '../../src/i18n';
import { bundled, marked, play, seeds } from '../helpers/scenarios';

const french = bundled('dilemme-escorte');
const english = bundled('convoy-escort-dilemma');

describe('Le dilemme de l’escorte (scénario en français)', () => {
  it('is written in French', () => {
    expect(french.title).toBe('Le dilemme de l’escorte');
    expect(french.injects.map((i) => i.method)).toContain('courriel');
    expect(french.structures.map((s) => s.name)).toEqual(['Pôle UN-CMCoord', 'Maillage de liaison']);
  });

  describe.each(['cmcoord-hub', 'liaison-mesh'])('under %s', (structure) => {
    const runs = seeds(8).map((seed) => ({
      fr: play(french, structure, seed),
      en: play(english, structure, seed),
    }));

    it('is the same exercise as the English version: the same metrics, seed by seed', () => {
      for (const { fr, en } of runs) expect(fr.metrics).toEqual(en.metrics);
    });

    it('tells the story in French, from the inject to the end', () => {
      for (const { fr } of runs) {
        const story = fr.log.filter(isStoryEntry).map((e) => describeEntry(e, 'fr'));
        expect(story.at(-1)).toBe('fin de l’exercice à T+120:00');
        for (const line of story)
          expect(line).not.toMatch(/\b(the|sends|declines|approves|learns|invites|will attend)\b/);
      }
    });

    it('declines the Lusaka corridor escort on criterion 2, in French', () => {
      const decided = runs.flatMap(({ fr }) => marked(fr.log, 'escort.declined', 'relief-lusaka'));
      expect(decided.length).toBeGreaterThanOrEqual(6);
      for (const e of decided)
        expect(describeEntry(e, 'fr')).toBe(
          'hc refuse, faute de remplir : critère 2 (État hôte incapable ou non désireux)',
        );
    });

    it('asks the HC the standing-escort question and applies the criteria by default', () => {
      for (const { fr } of runs) {
        const [made] = marked(fr.log, 'decision.made', 'dp-second-escort');
        expect(describeEntry(made!, 'fr')).toMatch(
          /→ Appliquer strictement les critères \(par défaut\) : Sans plan de sortie, le critère 4/,
        );
      }
    });
  });
});
