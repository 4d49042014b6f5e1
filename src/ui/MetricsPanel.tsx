// Live metrics: the after-action measures computed on the log so far (the same function the
// CLI and the report use), the scenario's chosen ones first.
import { useId, useState } from 'react';
import { metricValue, type MetricInfo } from '../store';
import { useApp, useController } from './context';
import { METRIC_DEFINITIONS } from './metricDefinitions';

/** Shown first when a scenario names no metrics of its own. */
const DEFAULT_KEYS = [
  'escortRequests',
  'decisionTimeMean',
  'decisionKnownMean',
  'approvedWithCriterionUnmet',
  'meetingsHeld',
  'meetingAttendanceMean',
  'incidentToJocMean',
  'informationReach',
  'pocResponseMean',
  'securityGapMinutes',
  'messagesSent',
  'messagesLost',
];

export function MetricsPanel() {
  const metrics = useApp((s) => s.metrics);
  const info = useApp((s) => s.metricInfo);
  const preferred = useApp((s) => s.scenario?.metrics);
  const id = useId();
  const c = useController();
  const [all, setAll] = useState(false);
  const first = preferred && preferred.length > 0 ? preferred : DEFAULT_KEYS;
  const shown = all ? info : info.filter((m) => first.includes(m.key));

  return (
    <section className="panel metrics" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>Metrics so far</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => setAll((v) => !v)}
          aria-expanded={all}
        >
          {all ? 'Fewer' : `All ${info.length}`}
        </button>
      </header>
      <div className="panel__body">
        <table className="metric-table">
          <tbody>
            {shown.map((m: MetricInfo) => {
              const value = metrics ? (metrics[m.key] as number | null) : null;
              const text = metricValue(value, m.unit);
              return (
                <tr key={m.key} className={text === '—' || text === '0' ? 'is-quiet' : undefined}>
                  <th scope="row" title={METRIC_DEFINITIONS.get(m.key)}>
                    {m.label}
                  </th>
                  <td>{text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          className="link-button metrics__definitions"
          onClick={() => c.setView({ briefOpen: true })}
        >
          What each metric measures
        </button>
      </div>
    </section>
  );
}
