// What the French browser tests look for: English the app's catalogs hold (a screen left
// untranslated would show it), and text cut off by a box too narrow for the longer French.
import type { Page } from 'playwright-core';

/** English from the catalogs of the screens under test, unlikely in any scenario's own text. */
export const ENGLISH_UI =
  /\b(Live injects|Hold for delivery|Area for improvement|Record observation|Decision for|What your actors know|Start exercise|End exercise|Export package|Run until|Join link|Hot wash|reconnecting|approve the escort|decline the escort|asks for an armed escort|knows of|alternatives considered|Doctrine-only run|Critical task|left to the evaluator|Improvement plan|Key events|Rationale|Push a live inject|Push inject|Playback is paused|Compare structures|Run comparison|First seed|Every run|is better|How to read this|Metric in the charts|nothing to measure|within \d|so far)\b/;

/**
 * Texts cut off on screen: an element that hides what overflows it (or ends it with an
 * ellipsis) while its text is wider or taller than its box.
 */
export function clippedText(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    // Typed by hand: the tests compile without the DOM library.
    type El = {
      readonly scrollWidth: number;
      readonly clientWidth: number;
      readonly scrollHeight: number;
      readonly clientHeight: number;
      readonly innerText: string;
      readonly tagName: string;
      readonly className: string;
      checkVisibility(): boolean;
    };
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } })
      .document;
    const style = (el: El) =>
      (
        globalThis as unknown as {
          getComputedStyle(e: El): {
            overflowX: string;
            overflowY: string;
            textOverflow: string;
          };
        }
      ).getComputedStyle(el);
    const base = doc.querySelector(selector) as { querySelectorAll(s: string): Iterable<El> };
    const out: string[] = [];
    const tags = 'button, label, th, h1, h2, h3, h4, legend, summary, .field__label, a, span, p';
    for (const el of base.querySelectorAll(tags)) {
      if (!el.checkVisibility() || el.innerText.trim() === '') continue;
      const s = style(el);
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.scrollHeight > el.clientHeight + 1;
      if (
        (wide && (hides(s.overflowX) || s.textOverflow === 'ellipsis')) ||
        (tall && hides(s.overflowY))
      )
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.trim().slice(0, 80)}`,
        );
    }
    return out;
  }, root);
}
