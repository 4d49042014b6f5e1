// The accessible alternative to the graph: the same mesh as plain tables (actors, links,
// meetings in session, messages in transit) that screen readers and keyboards handle well.
import { useId } from 'react';
import { KIND_STYLE, shapePath } from '../../graph/palette.ts';
import type { GraphView } from '../../graph/types.ts';
import { kindName, stateName, useLocale } from '../i18n';
import './graph.css';

export interface MeshTableProps {
  view: Pick<GraphView, 'nodes' | 'links'> &
    Partial<Pick<GraphView, 'meetings' | 'messages' | 'selected'>>;
  /** When given, each actor's name is a button that selects it (as clicking the graph does). */
  onSelect?(id: string | null): void;
  className?: string;
}

export function MeshTable({ view, onSelect, className }: MeshTableProps) {
  const id = useId();
  const locale = useLocale();
  const { t } = locale;
  const names = new Map(view.nodes.map((n) => [n.id, n.label]));
  const name = (actor: string) => names.get(actor) ?? actor;
  const meetings = view.meetings ?? [];
  const messages = view.messages ?? [];
  return (
    <div className={className === undefined ? 'pm-mesh-table' : `pm-mesh-table ${className}`}>
      <table className="pm-table" aria-describedby={`${id}-actors-note`}>
        <caption>
          {t('app.table.actors')} <span className="pm-table__count">({view.nodes.length})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('app.table.name')}</th>
            <th scope="col">{t('app.table.kind')}</th>
            <th scope="col">{t('app.table.role')}</th>
            <th scope="col">{t('app.table.state')}</th>
            <th scope="col" className="pm-table__num">
              {t('app.table.workload')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.nodes.map((node) => {
            const isSelected = view.selected === node.id;
            const kind = KIND_STYLE[node.kind];
            return (
              <tr
                key={node.id}
                className={isSelected ? 'pm-table__row--selected' : undefined}
                aria-current={isSelected ? 'true' : undefined}
              >
                <th scope="row">
                  {onSelect === undefined ? (
                    node.label
                  ) : (
                    <button
                      type="button"
                      className="pm-table__select"
                      aria-pressed={isSelected}
                      onClick={() => onSelect(isSelected ? null : node.id)}
                    >
                      {node.label}
                    </button>
                  )}
                </th>
                <td>
                  <svg
                    className="pm-table__swatch"
                    width={14}
                    height={14}
                    viewBox="-7 -7 14 14"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path d={shapePath(kind.shape, 5)} fill={kind.colour} />
                  </svg>
                  {kindName(t, node.kind)}
                </td>
                <td>{node.role}</td>
                <td>{stateName(locale, node.state)}</td>
                <td className="pm-table__num">
                  {node.workload} / {node.capacity}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id={`${id}-actors-note`} className="pm-table__note">
        {t('app.table.workload-note')}
      </p>

      <table className="pm-table">
        <caption>
          {t('app.table.links')} <span className="pm-table__count">({view.links.length})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('app.table.from')}</th>
            <th scope="col">{t('app.table.to')}</th>
            <th scope="col">{t('app.table.channel')}</th>
          </tr>
        </thead>
        <tbody>
          {view.links.map((link) => (
            <tr key={link.id}>
              <td>{name(link.source)}</td>
              <td>{name(link.target)}</td>
              <td>{t(`app.channel.${link.channel}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {meetings.length > 0 && (
        <table className="pm-table">
          <caption>{t('app.table.meetings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.table.meeting')}</th>
              <th scope="col">{t('app.table.attendees')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.label}</th>
                <td>{m.attendees.map(name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {messages.length > 0 && (
        <table className="pm-table">
          <caption>{t('app.table.messages')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.table.about')}</th>
              <th scope="col">{t('app.table.from')}</th>
              <th scope="col">{t('app.table.to')}</th>
              <th scope="col">{t('app.table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.about}</td>
                <td>{name(m.from)}</td>
                <td>{name(m.to)}</td>
                <td>
                  {m.lost === true
                    ? t('app.inspector.lost')
                    : t('app.table.progress', { share: locale.share(m.progress) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
