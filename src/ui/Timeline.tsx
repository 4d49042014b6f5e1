// The MSEL as a timeline: injects and decision points in time order, what each sets out to
// test, and (behind a toggle) the controller's notes. Any row moves the run to that moment;
// a decision already taken offers its other options as new branches.
import { useEffect, useId, useMemo, useRef } from 'react';
import { clock, type DecisionRow, type LiveRow, type MselRow } from '../store';
import { useApp, useController } from './context';
import { useT } from './i18n';

type Item =
  | { kind: 'inject'; t: number; row: MselRow }
  | { kind: 'decision'; t: number; row: DecisionRow }
  | { kind: 'live'; t: number; row: LiveRow };

export function Timeline() {
  const c = useController();
  const msel = useApp((s) => s.msel);
  const decisions = useApp((s) => s.decisions);
  const live = useApp((s) => s.live);
  const showNotes = useApp((s) => s.showNotes);
  const t = useT();
  const id = useId();
  const hasNotes = msel.some((r) => r.note !== '');

  const items: Item[] = useMemo(
    () =>
      [
        ...msel.map((row) => ({
          kind: 'inject' as const,
          t: row.at ?? row.delivered ?? Infinity,
          row,
        })),
        ...decisions.map((row) => ({ kind: 'decision' as const, t: row.at, row })),
        ...live.map((row) => ({ kind: 'live' as const, t: row.at, row })),
      ].sort((a, b) => a.t - b.t),
    [msel, decisions, live],
  );
  // Only where the clock stands among the rows, not the clock itself: playing re-renders the
  // timeline when the next row changes, not on every frame.
  const nextIndex = useApp((s) => items.findIndex((item) => item.t > s.time));
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // Keep what comes next in view as the run moves on (or back), scrolling this list only
    // (scrollIntoView would also scroll the page and lay it out again).
    const box = list.current;
    const next = box?.querySelector<HTMLElement>('.is-next, .is-awaiting');
    if (!box || !next) return;
    const at = next.getBoundingClientRect();
    const top = at.top - box.getBoundingClientRect().top + box.scrollTop;
    const bottom = top + at.height;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
  }, [nextIndex]);

  return (
    <section className="panel timeline" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>{t('app.timeline.title')}</h2>
        {hasNotes && (
          <label className="toggle" title={t('app.timeline.notes-tip')}>
            <input
              type="checkbox"
              aria-label={t('app.timeline.notes-label')}
              checked={showNotes}
              onChange={(e) => c.setView({ showNotes: e.target.checked })}
            />
            {t('app.timeline.notes')}
          </label>
        )}
      </header>
      <ol ref={list} className="panel__body timeline__list">
        {items.length === 0 && <li className="empty">{t('app.timeline.empty')}</li>}
        {items.map((item, i) =>
          item.kind === 'inject' ? (
            <InjectItem
              key={`i${item.row.serial}`}
              row={item.row}
              showNotes={showNotes}
              next={i === nextIndex}
            />
          ) : item.kind === 'live' ? (
            <LiveItem key={`l${item.row.index}`} row={item.row} next={i === nextIndex} />
          ) : (
            <DecisionItem key={`d${item.row.id}`} row={item.row} next={i === nextIndex} />
          ),
        )}
      </ol>
    </section>
  );
}

function InjectItem({ row, showNotes, next }: { row: MselRow; showNotes: boolean; next: boolean }) {
  const c = useController();
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  const done = row.delivered !== null;
  const when =
    row.at !== null ? clock(row.at) : done ? clock(row.delivered!) : t('app.timeline.conditional');
  const canJump = row.at !== null || done;
  return (
    <li className={`tl-item tl-item--inject${done ? ' is-done' : ''}${next ? ' is-next' : ''}`}>
      <div className="tl-item__head">
        <span className="tl-serial" aria-label={t('app.timeline.serial', { serial: row.serial })}>
          {row.serial}
        </span>
        <span className="tl-time">{when}</span>
        {done && (
          <span
            className="tl-done"
            title={t('app.timeline.delivered-at', { at: clock(row.delivered!) })}
          >
            ✓<span className="visually-hidden">{t('app.timeline.delivered')}</span>
          </span>
        )}
        <span className="tl-meta">
          {row.from} · {row.method}
        </span>
        {canJump && (
          <button
            type="button"
            className="link-button"
            onClick={() => void c.jumpToInject(row.serial)}
            disabled={busy}
            aria-label={t('app.timeline.go-msel', { serial: row.serial })}
          >
            {t('app.timeline.go')}
          </button>
        )}
      </div>
      <p className="tl-text">{row.text}</p>
      {row.when && (
        <p className="tl-detail">{t('app.timeline.delivered-when', { when: row.when })}</p>
      )}
      {row.expected && (
        <p className="tl-detail">
          <span className="tl-label">{t('app.timeline.expected')}</span> {row.expected}
        </p>
      )}
      {showNotes && row.note && (
        <p className="tl-note">
          <span className="tl-label">{t('app.timeline.controller')}</span> {row.note}
        </p>
      )}
    </li>
  );
}

/** A live inject pushed by exercise control in this branch: not in the MSEL file, kept with the run. */
function LiveItem({ row, next }: { row: LiveRow; next: boolean }) {
  const c = useController();
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  const done = row.delivered !== null;
  return (
    <li
      className={`tl-item tl-item--live${done ? ' is-done' : ''}${next ? ' is-next' : ''}`}
      data-testid="live-inject"
    >
      <div className="tl-item__head">
        <span
          className="tl-serial tl-serial--live"
          aria-label={t('app.timeline.live-serial', { serial: row.serial })}
        >
          {row.serial}
        </span>
        <span className="tl-time">{clock(row.at)}</span>
        {done && (
          <span
            className="tl-done"
            title={t('app.timeline.delivered-at', { at: clock(row.delivered!) })}
          >
            ✓<span className="visually-hidden">{t('app.timeline.delivered')}</span>
          </span>
        )}
        <span className="tl-live">{t('app.timeline.live')}</span>
        <span className="tl-meta">EXCON</span>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            row.deliveredSeq !== null
              ? c.seekToEntry(row.deliveredSeq, false)
              : void c.seekTime(row.at)
          }
          disabled={busy}
          aria-label={t('app.timeline.go-live', { serial: row.serial })}
        >
          {t('app.timeline.go')}
        </button>
      </div>
      <p className="tl-text">{row.text}</p>
      <p className="tl-detail">{row.summary}</p>
    </li>
  );
}

function DecisionItem({ row, next }: { row: DecisionRow; next: boolean }) {
  const c = useController();
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  const chosen = row.options.find((o) => o.id === row.chosen);
  return (
    <li
      className={`tl-item tl-item--decision${row.passed ? ' is-done' : ''}${next ? ' is-next' : ''}${row.awaiting ? ' is-awaiting' : ''}`}
    >
      <div className="tl-item__head">
        <span className="tl-serial tl-serial--decision" aria-hidden="true">
          ◆
        </span>
        <span className="tl-time">{clock(row.at)}</span>
        <span className="tl-meta">{t('app.timeline.decision-by', { by: row.byName })}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => void c.seekTime(row.at)}
          disabled={busy}
          aria-label={t('app.timeline.go-decision', { at: clock(row.at) })}
        >
          {t('app.timeline.go')}
        </button>
      </div>
      <p className="tl-text">{row.prompt}</p>
      {row.awaiting && <p className="tl-detail tl-detail--strong">{t('app.timeline.awaiting')}</p>}
      {chosen && (
        <p className="tl-detail">
          <span className="tl-label">
            {row.passed ? t('app.timeline.chosen') : t('app.timeline.will-choose')}
          </span>{' '}
          {chosen.label}
        </p>
      )}
      {chosen && (
        <div className="tl-fork" role="group" aria-label={t('app.timeline.fork')}>
          <span className="tl-label">{t('app.timeline.what-if')}</span>
          {row.options
            .filter((o) => o.id !== row.chosen)
            .map((o) => (
              <button
                key={o.id}
                type="button"
                className="chip-button"
                onClick={() => void c.fork(row.id, o.id)}
                disabled={busy}
              >
                {o.label}
              </button>
            ))}
        </div>
      )}
    </li>
  );
}
