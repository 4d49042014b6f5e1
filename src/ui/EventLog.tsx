// The event log, newest first: every entry the engine wrote so far, filtered by actor, kind,
// process and text (the filters fold away in a narrow column). Clicking an entry shows it
// whole in the inspector; the run stays where it is ("Go to this moment" is offered there).
// The list is virtualised: only the rows in view (and a few either side) are in the page, so
// a long run at top speed costs a handful of rows per frame, not thousands.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { LogEntry } from '../core/index.ts';
import { clock, entryText, isStory, readable } from '../store';
import { useApp, useController } from './context';

/** A row's height before it is measured (time and actor, then one or two lines of text). */
const ROW_ESTIMATE = 52;

export type EntryKind = 'inject' | 'decision' | 'message' | 'information' | 'desk' | 'process';

export const KIND_NAMES: Record<EntryKind, string> = {
  inject: 'Injects',
  decision: 'Decisions',
  message: 'Messages',
  information: 'Information',
  process: 'Process steps',
  desk: 'Desk work',
};

export function kindOf(e: LogEntry): EntryKind {
  if (e.event === 'inject' || e.event === 'end') return 'inject';
  if (e.event === 'decision.point' || e.event === 'decision.made') return 'decision';
  if (e.event.startsWith('message.')) return 'message';
  if (e.event === 'information.reached') return 'information';
  if (e.event === 'task' || e.event === 'task.done') return 'desk';
  return 'process';
}

interface Filters {
  actor: string;
  kind: EntryKind | '';
  process: string;
  text: string;
  /** Show bookkeeping too (tasks, sends, deliveries, who learnt what), not only the story. */
  all: boolean;
}

export function matches(e: LogEntry, f: Filters): boolean {
  const kind = kindOf(e);
  // A kind asked for by name shows all of its entries; otherwise the story only, unless told.
  if (f.kind) {
    if (kind !== f.kind) return false;
  } else if (!f.all && !isStory(e)) return false;
  if (f.actor) {
    // A message concerns both its ends as well as the desk it is at.
    const p = (e.kind.startsWith('message.') ? e.params : {}) as { from?: unknown; to?: unknown };
    if (e.at !== f.actor && e.actor !== f.actor && p.to !== f.actor && p.from !== f.actor)
      return false;
  }
  if (f.process && e.actor !== f.process && e.ref !== f.process) return false;
  if (
    f.text &&
    !entryText(e).toLowerCase().includes(f.text) &&
    !e.actor.toLowerCase().includes(f.text)
  )
    return false;
  return true;
}

export function EventLog() {
  const c = useController();
  const log = useApp((s) => s.log);
  const scenario = useApp((s) => s.scenario);
  const selectedSeq = useApp((s) => s.entry?.seq ?? null);
  const id = useId();
  const [showFilters, setShowFilters] = useState(false);
  const [filters, setFilters] = useState<Filters>({
    actor: '',
    kind: '',
    process: '',
    text: '',
    all: false,
  });
  const deferredLog = useDeferredValue(log);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const names = useMemo(() => scenario?.names ?? new Map<string, string>(), [scenario]);
  const actorIds = useMemo(() => new Set((scenario?.actors ?? []).map((a) => a.id)), [scenario]);
  const processes = useMemo(() => {
    const ids = new Set<string>();
    for (const e of deferredLog)
      if (e.actor !== 'EXCON' && !actorIds.has(e.actor)) ids.add(e.actor);
    return [...ids].sort();
  }, [deferredLog, actorIds]);
  const rows = useMemo(() => {
    const f = { ...filters, text: filters.text.trim().toLowerCase() };
    const out: LogEntry[] = [];
    for (let i = deferredLog.length - 1; i >= 0; i--) {
      const e = deferredLog[i]!;
      if (matches(e, f)) out.push(e);
    }
    return out;
  }, [deferredLog, filters]);
  const total = rows.length;
  const listRef = useRef<HTMLOListElement>(null);
  // The app is not built with React Compiler, so nothing memoises around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => rows[index]?.seq ?? index,
  });
  const shown = virtualizer.getVirtualItems();
  const above = shown[0]?.start ?? 0;
  const below = Math.max(0, virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0));
  const filtered = filters.actor || filters.kind || filters.process || filters.text;
  const active = [filters.actor, filters.kind, filters.process, filters.text].filter(
    Boolean,
  ).length;

  return (
    <section className="panel event-log" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>Event log</h2>
        <span className="panel__count" data-testid="log-count">
          {filtered || !filters.all ? `${total} of ${log.length} entries` : `${log.length} entries`}
        </span>
        <button
          type="button"
          className="link-button"
          aria-expanded={showFilters}
          aria-controls={`${id}-filters`}
          onClick={() => setShowFilters((v) => !v)}
        >
          {active > 0 ? `Filters (${active})` : 'Filters'}
        </button>
        <div
          id={`${id}-filters`}
          className="log-filters"
          role="group"
          aria-label="Filter the log"
          hidden={!showFilters}
        >
          <select
            aria-label="Actor"
            value={filters.actor}
            onChange={(e) => set('actor', e.target.value)}
          >
            <option value="">All actors</option>
            {scenario?.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Kind"
            value={filters.kind}
            onChange={(e) => set('kind', e.target.value as EntryKind | '')}
          >
            <option value="">All kinds</option>
            {(Object.keys(KIND_NAMES) as EntryKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
          <select
            aria-label="Process"
            value={filters.process}
            onChange={(e) => set('process', e.target.value)}
          >
            <option value="">All processes</option>
            {processes.map((p) => (
              <option key={p} value={p}>
                {names.get(p) ?? p}
              </option>
            ))}
          </select>
          <input
            type="search"
            aria-label="Search the log"
            placeholder="Search…"
            value={filters.text}
            onChange={(e) => set('text', e.target.value)}
          />
          <label
            className="toggle"
            title="Also show desks taking up tasks, messages sent and handed on, and who learnt what"
          >
            <input
              type="checkbox"
              checked={filters.all}
              onChange={(e) => set('all', e.target.checked)}
            />
            Bookkeeping
          </label>
        </div>
      </header>
      <ol ref={listRef} className="panel__body log-list" aria-label="Log entries, newest first">
        {rows.length === 0 && (
          <li className="empty">
            {log.length === 0
              ? 'Nothing has happened yet. Press Play or Step.'
              : 'No entry matches the filter.'}
          </li>
        )}
        {above > 0 && (
          <li className="log-list__spacer" aria-hidden="true" style={{ height: above }} />
        )}
        {shown.map((item) => {
          const e = rows[item.index]!;
          const kind = kindOf(e);
          const live = e.marks?.includes('inject.live') === true;
          const process = e.actor !== e.at ? names.get(e.actor) : undefined;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              <button
                type="button"
                className={`log-row log-row--${kind}`}
                aria-current={e.seq === selectedSeq ? 'true' : undefined}
                onClick={() => c.selectEntry(e.seq)}
                title="Show this entry in the inspector"
              >
                <span className="log-row__time">{clock(e.time)}</span>
                <span className="log-row__actor">{names.get(e.at) ?? e.at}</span>
                <span className="log-row__text">
                  <span className={`tag tag--${kind}${live ? ' tag--live' : ''}`}>
                    {live ? 'Live inject' : KIND_NAMES[kind].replace(/s$/, '')}
                  </span>{' '}
                  {process && <span className="log-row__process">{process}: </span>}
                  {readable(entryText(e), names)}
                </span>
              </button>
            </li>
          );
        })}
        {below > 0 && (
          <li className="log-list__spacer" aria-hidden="true" style={{ height: below }} />
        )}
      </ol>
    </section>
  );
}
