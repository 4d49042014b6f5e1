// A critical task's measure in words: how it reads, what the run showed and each instance it
// timed, from the typed results core computes (src/core/evaluation/evaluate.ts). The hot wash
// and the after-action report (HTML, Markdown, PDF) call these, in the reader's language.
import type {
  MeasureBound,
  MeasureDetail,
  MeasureObserved,
  MeasureWording,
} from '../core/index.ts';
import { formatDurationIn, formatShare } from './format';
import type { UiLocale as Locale } from './locale';
import { translate } from './translate';

type Unit = MeasureBound['unit'];

/** A value in its unit: "6h" / "6 h", "75%" / "75 %", "0.5" / "0,5". */
export function measureValue(value: number, unit: Unit, locale: Locale): string {
  if (unit === 'minutes') return formatDurationIn(value, locale);
  if (unit === 'share') return formatShare(value, locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "≥ 75% and ≤ 90%" / "≥ 75 % et ≤ 90 %". */
function bounds(list: readonly MeasureBound[], locale: Locale): string {
  return list
    .map((b) => `${b.sign} ${measureValue(b.value, b.unit, locale)}`)
    .join(translate(locale, 'report.measure.and'));
}

/** A measure's optional process and actor, for the `has_ref` / `has_by` selects. */
const scope = (ref: string | undefined, by: string | undefined) => ({
  has_ref: ref === undefined ? 'no' : 'yes',
  ref: ref ?? '',
  has_by: by === undefined ? 'no' : 'yes',
  by: by ?? '',
});

/** Marks as the scenario names them, "a or b" / "a ou b". */
const either = (marks: readonly string[], locale: Locale): string =>
  marks.join(translate(locale, 'report.measure.or'));

/** How a measure reads: the scenario's own text, else one worded from its fields. */
export function measureText(w: MeasureWording, locale: Locale): string {
  switch (w.kind) {
    case 'text':
      return w.text;
    case 'metric':
      return translate(locale, 'report.measure.metric', {
        metric: translate(locale, `metric.${w.metric}`),
        bounds: bounds(w.bounds, locale),
      });
    case 'count':
      return translate(locale, 'report.measure.count', {
        marks: either(w.marks, locale),
        ...scope(w.ref, w.by),
        bounds: bounds(w.bounds, locale),
      });
    case 'each':
      return translate(locale, 'report.measure.each', {
        marks: either(w.marks, locale),
        then: either(w.then, locale),
        ...scope(w.ref, w.by),
        within: formatDurationIn(w.within, locale),
      });
    case 'decision':
      return translate(locale, 'report.measure.decision', {
        decision: w.decision,
        option: w.option,
      });
  }
}

/** What the run showed: "3h37m", "2 so far", "1 of 2 within 6h", an option's label. */
export function observedText(o: MeasureObserved, locale: Locale): string {
  switch (o.kind) {
    case 'nothing':
      return translate(locale, 'report.measure.nothing');
    case 'undecided':
      return translate(locale, 'report.measure.undecided');
    case 'value': {
      const value = measureValue(o.value, o.unit, locale);
      return o.soFar ? translate(locale, 'report.measure.so-far', { value }) : value;
    }
    case 'within':
      return translate(locale, 'report.measure.within', {
        inTime: o.inTime,
        measured: o.measured,
        within: formatDurationIn(o.within, locale),
      });
    case 'option':
      return o.option;
  }
}

/** One instance a timed measure looked at: "c1: after 3h30m", "c2: still open…". */
export function detailText(d: MeasureDetail, locale: Locale): string {
  switch (d.kind) {
    case 'open':
      return translate(locale, 'report.measure.open', { ref: d.ref });
    case 'never':
      return translate(locale, 'report.measure.never', {
        ref: d.ref,
        within: formatDurationIn(d.within, locale),
      });
    case 'after':
      return translate(locale, 'report.measure.after', {
        ref: d.ref,
        after: formatDurationIn(d.after, locale),
        late: !d.ok,
        within: formatDurationIn(d.within, locale),
      });
  }
}
