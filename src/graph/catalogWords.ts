// The graph's words from the message catalogs, for a page that gives a graph (SVG, WebGL or
// canvas) none of its own:
// the same `app.…` words the app's graph uses (src/ui/i18n.tsx graphWords), in the page's
// language. They are first-screen words, so any page with its language's catalog loaded has
// them; a page with none loaded gets the catalogs' own error, not words in another language.
import type { ActorKind } from '../core/vocabulary.ts';
import { formatList, hasMessage, translate, type Locale } from '../i18n/words.ts';
import type { GraphWords } from './types.ts';

export function catalogWords(locale: Locale): GraphWords {
  return {
    kind: (kind: ActorKind) => translate(locale, `app.kind.${kind}`),
    state(state) {
      // The catalogs' keys are states' words joined by hyphens ("with decider" → with-decider);
      // a state the catalogs lack (a scenario's own) is shown as written.
      const key = `app.state.${state
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`;
      return hasMessage(locale, key) ? translate(locale, key) : state;
    },
    meeting: (label, attendees) =>
      translate(locale, 'app.graph.meeting', { label, attendees: formatList(attendees, locale) }),
    describe: (actors, links) => translate(locale, 'app.graph.describe', { actors, links }),
  };
}
