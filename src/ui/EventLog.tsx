// The event log, newest first: every entry the engine wrote so far, filtered by actor, kind,
// process and text (the filters fold away in a narrow column). Clicking an entry shows it
// whole in the inspector; the run stays where it is ("Go to this moment" is offered there).
// The list is virtualised: only the rows in view (and a few either side) are in the page, so
// a long run at top speed costs a handful of rows per frame, not thousands. Rows are memoised
// and placed by a transform measured from the list's bottom (the oldest entry), which does not
// change when newer entries arrive at the top: a playing run renders, lays out and measures its
// new rows only, each once, and the rows already shown keep their props and their place.
// The log is rendered with each frame's entries, not deferred: with the store publishing every
// frame, a deferred render was abandoned again and again and the log fell hours of simulated
// time behind the clock at top speed.
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { LogEntry } from '../core/index.ts';
import { clock, entryText, isStory, readable } from '../store';
import type { AppKey } from '../i18n/index.ts';
import { useApp, useController } from './context';
import { useLocale, type LocaleServices } from './i18n';

/** A row's height before it is measured (time and actor, then one or two lines of text). */
const ROW_ESTIMATE = 52;
/** The list's height assumed when it has none measured. */
const LAYOUTLESS_HEIGHT = 600;

export type EntryKind = 'inject' | 'decision' | 'message' | 'information' | 'desk' | 'process';

/** Each kind's name in the filter (plural) and on a row's tag (singular), as catalog keys. */
const KIND_NAMES: Record<EntryKind, AppKey> = {
  inject: 'app.log.kind.inject',
  decision: 'app.log.kind.decision',
  message: 'app.log.kind.message',
  information: 'app.log.kind.information',
  process: 'app.log.kind.process',
  desk: 'app.log.kind.desk',
};
const TAG_NAMES: Record<EntryKind, AppKey> = {
  inject: 'app.log.tag.inject',
  decision: 'app.log.tag.decision',
  message: 'app.log.tag.message',
  information: 'app.log.tag.information',
  process: 'app.log.tag.process',
  desk: 'app.log.tag.desk',
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
  const locale = useLocale();
  const { t } = locale;
  const id = useId();
  const [showFilters, setShowFilters] = useState(false);
  const [filters, setFilters] = useState<Filters>({
    actor: '',
    kind: '',
    process: '',
    text: '',
    all: false,
  });
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const names = useMemo(() => scenario?.names ?? new Map<string, string>(), [scenario]);
  const actorIds = useMemo(() => new Set((scenario?.actors ?? []).map((a) => a.id)), [scenario]);
  const processes = useMemo(() => {
    const ids = new Set<string>();
    for (const e of log) if (e.actor !== 'EXCON' && !actorIds.has(e.actor)) ids.add(e.actor);
    return [...ids].sort();
  }, [log, actorIds]);
  const rows = useMemo(() => {
    const f = { ...filters, text: filters.text.trim().toLowerCase() };
    const out: LogEntry[] = [];
    for (let i = log.length - 1; i >= 0; i--) {
      const e = log[i]!;
      if (matches(e, f)) out.push(e);
    }
    return out;
    // the text filter searches the words of the page's language
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [log, filters, locale.locale]);
  const total = rows.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, so nothing memoises around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    // Where nothing is laid out (a folded panel, a test page without layout) the list measures
    // 0 high and the virtualiser would show no entry at all; assume a panel's height instead,
    // so the newest entries are always in the page.
    initialRect: { width: 0, height: LAYOUTLESS_HEIGHT },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: LAYOUTLESS_HEIGHT }),
      ),
    getItemKey: (index) => rows[index]?.seq ?? index,
  });
  const shown = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();

  // Rows in the page by entry, and each entry's position in the filtered list, for measuring.
  const rowElements = useRef(new Map<number, HTMLLIElement>()).current;
  const positionOf = useRef(new Map<number, number>());
  positionOf.current = useMemo(() => new Map(rows.map((e, i) => [e.seq, i])), [rows]);
  const resize = (seq: number, height: number) => {
    const index = positionOf.current.get(seq);
    if (height > 0 && index !== undefined) virtualizer.resizeItem(index, height);
  };
  const resizeRef = useRef(resize);
  resizeRef.current = resize;
  // Each row is measured by a size observer while it is in the page (after layout, so no layout
  // is forced in the middle of a commit): as it enters, and again only when its own height
  // changes — other words under the same entry after a restart, a branch or a change of
  // language; new entries arriving do not. Where there is no observer, by its height at once.
  const rowSizes = useRef<ResizeObserver | null | undefined>(undefined);
  const sizesFor = (element: HTMLElement): ResizeObserver | null => {
    if (rowSizes.current !== undefined) return rowSizes.current;
    const view = element.ownerDocument.defaultView;
    rowSizes.current =
      view && 'ResizeObserver' in view
        ? new view.ResizeObserver((entries) => {
            for (const entry of entries) {
              const row = entry.target as HTMLLIElement;
              const box = entry.borderBoxSize[0];
              resizeRef.current(
                Number(row.dataset['seq']),
                Math.round(box ? box.blockSize : row.offsetHeight),
              );
            }
          })
        : null;
    return rowSizes.current;
  };
  const measure = (seq: number, element: HTMLLIElement) => {
    const sizes = sizesFor(element);
    if (sizes === null) resizeRef.current(seq, element.offsetHeight);
    else sizes.observe(element);
  };
  const measureRef = useRef(measure);
  measureRef.current = measure;
  useEffect(() => () => rowSizes.current?.disconnect(), []);
  // Stable across renders, so a memoised row keeps it.
  const attach = useCallback(
    (seq: number, element: HTMLLIElement | null) => {
      if (element === null) {
        const gone = rowElements.get(seq);
        if (gone !== undefined) rowSizes.current?.unobserve(gone);
        rowElements.delete(seq);
        return;
      }
      rowElements.set(seq, element);
      measureRef.current(seq, element);
    },
    [rowElements],
  );
  const select = useCallback((seq: number) => c.selectEntry(seq), [c]);
  // The list's place in the whole (for assistive technology) is set on the rows in the page
  // directly: as props it would render every row again whenever an entry arrives.
  useLayoutEffect(() => {
    const size = String(rows.length);
    for (const item of shown) {
      const element = rowElements.get(rows[item.index]?.seq ?? -1);
      if (element === undefined) continue;
      const at = String(item.index + 1);
      if (element.getAttribute('aria-posinset') !== at) element.setAttribute('aria-posinset', at);
      if (element.getAttribute('aria-setsize') !== size) element.setAttribute('aria-setsize', size);
    }
  });
  // Rows wrap to another height when the panel's width changes: measured again then only.
  const width = useRef<number | null>(null);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const view = scroller?.ownerDocument.defaultView;
    if (!scroller || !view || !('ResizeObserver' in view)) return undefined;
    const observer = new view.ResizeObserver(() => {
      const now = scroller.clientWidth;
      if (width.current === now) return;
      const first = width.current === null;
      width.current = now;
      if (!first) for (const [seq, element] of rowElements) measureRef.current(seq, element);
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [rowElements]);
  const filtered = filters.actor || filters.kind || filters.process || filters.text;
  const active = [filters.actor, filters.kind, filters.process, filters.text].filter(
    Boolean,
  ).length;

  return (
    <section className="panel event-log" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>{t('app.log.title')}</h2>
        <span className="panel__count" data-testid="log-count">
          {filtered || !filters.all
            ? t('app.log.count-of', { shown: total, total: log.length })
            : t('app.log.count', { total: log.length })}
        </span>
        <button
          type="button"
          className="link-button"
          aria-expanded={showFilters}
          aria-controls={`${id}-filters`}
          onClick={() => setShowFilters((v) => !v)}
        >
          {t('app.log.filters', { active })}
        </button>
        <div
          id={`${id}-filters`}
          className="log-filters"
          role="group"
          aria-label={t('app.log.filter')}
          hidden={!showFilters}
        >
          <select
            aria-label={t('app.log.actor')}
            value={filters.actor}
            onChange={(e) => set('actor', e.target.value)}
          >
            <option value="">{t('app.log.all-actors')}</option>
            {scenario?.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <select
            aria-label={t('app.log.kind')}
            value={filters.kind}
            onChange={(e) => set('kind', e.target.value as EntryKind | '')}
          >
            <option value="">{t('app.log.all-kinds')}</option>
            {(Object.keys(KIND_NAMES) as EntryKind[]).map((k) => (
              <option key={k} value={k}>
                {t(KIND_NAMES[k])}
              </option>
            ))}
          </select>
          <select
            aria-label={t('app.log.process')}
            value={filters.process}
            onChange={(e) => set('process', e.target.value)}
          >
            <option value="">{t('app.log.all-processes')}</option>
            {processes.map((p) => (
              <option key={p} value={p}>
                {names.get(p) ?? p}
              </option>
            ))}
          </select>
          <input
            type="search"
            aria-label={t('app.log.search')}
            placeholder={t('app.log.search-placeholder')}
            value={filters.text}
            onChange={(e) => set('text', e.target.value)}
          />
          <label className="toggle" title={t('app.log.bookkeeping-tip')}>
            <input
              type="checkbox"
              checked={filters.all}
              onChange={(e) => set('all', e.target.checked)}
            />
            {t('app.log.bookkeeping')}
          </label>
        </div>
      </header>
      <div ref={scrollRef} className="panel__body log-scroll">
        <ol
          className="log-list"
          aria-label={t('app.log.entries')}
          style={rows.length === 0 ? undefined : { height: totalSize }}
        >
          {rows.length === 0 && (
            <li className="empty">
              {log.length === 0 ? t('app.log.empty') : t('app.log.no-match')}
            </li>
          )}
          {shown.map((item) => {
            const e = rows[item.index]!;
            return (
              <LogRow
                key={item.key}
                entry={e}
                fromBottom={totalSize - item.end}
                selected={e.seq === selectedSeq}
                names={names}
                locale={locale}
                onSelect={select}
                attach={attach}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}

interface LogRowProps {
  entry: LogEntry;
  /** Distance from the list's bottom edge to the row's, px: unchanged as newer rows arrive. */
  fromBottom: number;
  selected: boolean;
  names: ReadonlyMap<string, string>;
  locale: LocaleServices;
  onSelect(seq: number): void;
  attach(seq: number, element: HTMLLIElement | null): void;
}

const LogRow = memo(function LogRow({
  entry: e,
  fromBottom,
  selected,
  names,
  locale: { t },
  onSelect,
  attach,
}: LogRowProps) {
  const seq = e.seq;
  const ref = useCallback((element: HTMLLIElement | null) => attach(seq, element), [attach, seq]);
  const kind = kindOf(e);
  const live = e.marks?.includes('inject.live') === true;
  const process = e.actor !== e.at ? names.get(e.actor) : undefined;
  return (
    <li
      ref={ref}
      className="log-list__row"
      data-seq={seq}
      style={{ transform: `translateY(${-fromBottom}px)` }}
    >
      <button
        type="button"
        className={`log-row log-row--${kind}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(seq)}
        title={t('app.log.row-tip')}
      >
        <span className="log-row__time">{clock(e.time)}</span>
        <span className="log-row__actor">{names.get(e.at) ?? e.at}</span>
        <span className="log-row__text">
          <span className={`tag tag--${kind}${live ? ' tag--live' : ''}`}>
            {live ? t('app.log.tag.live') : t(TAG_NAMES[kind])}
          </span>{' '}
          {process && (
            <span className="log-row__process">{t('app.log.process-prefix', { process })}</span>
          )}
          {readable(entryText(e), names)}
        </span>
      </button>
    </li>
  );
});
