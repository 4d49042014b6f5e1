// `peacemesh run --explain ID`: why a decision went as it did — each rule evaluated on what the
// decider knew, its result beside the truth and the facts read — and why each other option was
// not taken, read from the typed log (`decision.why`, `decision.uninformed`), in the reader's
// language.
import { formatTime, visible, type LogEntry } from '../core';
import { describeEntry, describePhrase, translate, type Locale } from '../i18n';

export type Explained =
  | { readonly ok: true; readonly lines: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The explanation of every decision on process `id` in this log. */
export function explainDecision(log: readonly LogEntry[], id: string, locale: Locale): Explained {
  const whys = log.filter(
    (e): e is Extract<LogEntry, { kind: 'decision.why' }> =>
      e.kind === 'decision.why' && e.params.process === id,
  );
  if (whys.length === 0) {
    const ids = [
      ...new Set(log.flatMap((e) => (e.kind === 'decision.why' ? [e.params.process] : []))),
    ];
    return {
      ok: false,
      message: translate(locale, 'cli.explain.none', {
        id: visible(id),
        ids: ids.length ? ids.join(', ') : '—',
      }),
    };
  }
  const lines: string[] = [];
  for (const why of whys) {
    const { decider, process } = why.params;
    // The decision's own line: the entry the machine wrote just before its why.
    const decision = log
      .slice(0, why.seq)
      .findLast((e) => e.ref === why.ref && e.time === why.time && e.kind !== 'decision.why');
    // Written right after its why: the same step, the same decider and process.
    const uninformed = log.find(
      (e) =>
        e.kind === 'decision.uninformed' &&
        e.seq > why.seq &&
        e.ref === why.ref &&
        e.time === why.time &&
        e.params.decider === decider &&
        e.params.process === process,
    );
    lines.push(
      translate(locale, 'cli.explain.heading', { at: formatTime(why.time), decider, process }),
    );
    if (decision) lines.push(`  ${visible(describeEntry(decision, locale))}`);
    lines.push(`  ${translate(locale, 'cli.explain.rules', { decider })}`);
    for (const rule of why.params.rules)
      lines.push(`    - ${visible(describePhrase(rule, locale))}`);
    lines.push(`  ${translate(locale, 'cli.explain.others')}`);
    for (const other of why.params.others)
      lines.push(`    - ${visible(describePhrase(other, locale))}`);
    if (uninformed) {
      lines.push(`  ${translate(locale, 'cli.explain.uninformed')}`);
      lines.push(`    - ${visible(describeEntry(uninformed, locale))}`);
    }
    lines.push('');
  }
  return { ok: true, lines };
}
