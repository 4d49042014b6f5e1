// The selected log entry, whole, with "Go to this moment"; then the selected actor: its state
// among its machine's states, its context in words, the processes it takes part in, messages
// in and out, what it knows, and what it did last.
import { useId } from 'react';
import {
  clock,
  type EntryView,
  type Field,
  type InspectorView,
  type MessageLine,
  type StateChip,
} from '../store';
import type { AppKey } from '../i18n/index.ts';
import { useApp, useController } from './context';
import { useT } from './i18n';

const KIND_NAMES: Record<string, AppKey> = {
  military: 'app.kind.military',
  police: 'app.kind.police',
  humanitarian: 'app.kind.humanitarian',
  civilian: 'app.kind.civilian',
  'host-police': 'app.kind.host-police',
};

export function Inspector() {
  const view = useApp((s) => s.inspector);
  const selected = useApp((s) => s.selected);
  const entry = useApp((s) => s.entry);
  const c = useController();
  const t = useT();
  const id = useId();
  return (
    <section className="panel inspector" aria-labelledby={`${id}-title`} data-testid="inspector">
      <header className="panel__header">
        <h2 id={`${id}-title`}>{t('app.inspector.title')}</h2>
        {(selected || entry) && (
          <button type="button" className="link-button" onClick={() => c.select(null)}>
            {t('app.inspector.clear')}
          </button>
        )}
      </header>
      <div className="panel__body">
        {entry && <EntryDetails entry={entry} />}
        {view ? (
          <ActorDetails view={view} />
        ) : entry ? null : (
          <p className="empty">{t('app.inspector.empty')}</p>
        )}
      </div>
    </section>
  );
}

/** Why a decision went as it did: the rules on what the decider knew, the other options. */
function WhyDetails({ why }: { why: NonNullable<EntryView['why']> }) {
  return (
    <section className="entry-card__why" data-testid="decision-why">
      <p className="muted">{why.rulesLabel}</p>
      <ul>
        {why.rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="muted">{why.othersLabel}</p>
      <ul>
        {why.others.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {why.uninformed && (
        <>
          <p className="muted">{why.uninformedLabel}</p>
          <p role="note">{why.uninformed}</p>
        </>
      )}
    </section>
  );
}

function EntryDetails({ entry }: { entry: EntryView }) {
  const c = useController();
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  return (
    <article className="entry-card" aria-label={t('app.inspector.entry')} data-testid="log-entry">
      <p className="entry-card__head">
        <span className="recent__time">{clock(entry.time)}</span> {entry.where}
        {entry.process && <span className="muted"> · {entry.process}</span>}
      </p>
      <p className="entry-card__text">{entry.text}</p>
      <dl className="fields">
        {entry.change && (
          <div className="fields__row">
            <dt>{t('app.inspector.state')}</dt>
            <dd>{entry.change}</dd>
          </div>
        )}
        {entry.route.length > 1 && (
          <div className="fields__row">
            <dt>{t('app.inspector.route')}</dt>
            <dd>{entry.route.join(' → ')}</dd>
          </div>
        )}
        {entry.marks.length > 0 && (
          <div className="fields__row">
            <dt>{t('app.inspector.counts-as')}</dt>
            <dd>{entry.marks.join('; ')}</dd>
          </div>
        )}
      </dl>
      {entry.why && <WhyDetails why={entry.why} />}
      <div className="entry-card__actions">
        <button
          type="button"
          className="button"
          onClick={() => c.seekToEntry(entry.seq)}
          disabled={busy || entry.later === 0}
          title={
            entry.later === 0
              ? t('app.inspector.latest')
              : t('app.inspector.go-tip', { later: entry.later })
          }
        >
          {t('app.inspector.go')}
        </button>
        <button type="button" className="link-button" onClick={() => c.selectEntry(null)}>
          {t('app.close')}
        </button>
      </div>
    </article>
  );
}

function ActorDetails({ view }: { view: InspectorView }) {
  const t = useT();
  const kind = KIND_NAMES[view.kind];
  return (
    <div className="inspector__content">
      <div className="inspector__title">
        <span className={`kind-dot kind-dot--${view.kind}`} aria-hidden="true" />
        <div>
          <h3>{view.name}</h3>
          <p className="muted">
            {view.role} · {kind ? t(kind) : view.kind}
          </p>
        </div>
      </div>
      <p className="inspector__state">
        <span className={`state-badge state-badge--${view.state}`}>{view.stateLabel}</span>
        {view.stateDescription && <span className="muted"> {view.stateDescription}</span>}
      </p>
      <States states={view.states} label={t('app.inspector.states-of', { name: view.name })} />
      <Fields fields={view.fields} />

      {view.processes.length > 0 && (
        <div className="inspector__section">
          <h4>{t('app.inspector.processes')}</h4>
          {view.processes.map((p) => (
            <details key={p.id} className="process" open={!p.done}>
              <summary>
                <span className="process__title">{p.title}</span>
                <span className={`state-badge state-badge--process${p.done ? ' is-done' : ''}`}>
                  {p.stateLabel}
                </span>
                {p.role && (
                  <span className="muted process__role">
                    {t('app.inspector.as', { role: p.role })}
                  </span>
                )}
              </summary>
              <States states={p.states} label={t('app.inspector.states-of', { name: p.title })} />
              <Fields fields={p.fields} />
            </details>
          ))}
        </div>
      )}

      <div className="inspector__section inspector__messages">
        <Messages title={t('app.inspector.in')} lines={view.incoming} direction="from" />
        <Messages title={t('app.inspector.out')} lines={view.outgoing} direction="to" />
      </div>

      {view.knows.length > 0 && (
        <div className="inspector__section">
          <h4>{t('app.inspector.knows')}</h4>
          <Fields
            fields={view.knows.map((k) => ({
              label: k.label,
              value: t('app.inspector.since', { at: k.value }),
            }))}
          />
        </div>
      )}

      {view.recent.length > 0 && (
        <div className="inspector__section">
          <h4>{t('app.inspector.recent')}</h4>
          <ul className="recent">
            {view.recent.map((e) => (
              <li key={e.seq}>
                <span className="recent__time">{clock(e.time)}</span> {e.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function States({ states, label }: { states: readonly StateChip[]; label: string }) {
  if (states.length === 0) return null;
  return (
    <ul className="state-chips" aria-label={label}>
      {states.map((s) => (
        <li
          key={s.name}
          className={`state-chip${s.current ? ' is-current' : ''}`}
          title={s.description || undefined}
          aria-current={s.current ? 'step' : undefined}
        >
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Fields({ fields }: { fields: readonly Field[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="fields">
      {fields.map((f) => (
        <div key={f.label} className="fields__row">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const OUTCOME: Record<MessageLine['outcome'], AppKey | null> = {
  sent: null,
  delivered: null,
  lost: 'app.inspector.lost',
  unanswered: 'app.inspector.unanswered',
  undeliverable: 'app.inspector.no-route',
};

function Messages({
  title,
  lines,
  direction,
}: {
  title: string;
  lines: readonly MessageLine[];
  direction: 'from' | 'to';
}) {
  const t = useT();
  return (
    <div>
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="muted small">{t('app.inspector.none')}</p>
      ) : (
        <ul className="messages">
          {lines.map((m) => (
            <li key={m.seq}>
              <span className="recent__time">{clock(m.time)}</span>{' '}
              <span className="muted">
                {direction === 'from'
                  ? t('app.inspector.from', { other: m.other })
                  : t('app.inspector.to', { other: m.other })}
              </span>{' '}
              {m.about}
              {OUTCOME[m.outcome] && (
                <span className="tag tag--warn">{t(OUTCOME[m.outcome]!)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
