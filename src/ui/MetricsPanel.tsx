// Live metrics: the after-action measures computed on the log so far (the same function the
// CLI and the report use), the scenario's chosen ones first.
import { useId, useState } from 'react';
import type { MetricInfo } from '../store';
import { useApp, useController } from './context';
import { useLocale } from './i18n';
import { metricDefinition } from './metricDefinitions';

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
  const locale = useLocale();
  const { t } = locale;
  const [all, setAll] = useState(false);
  const first = preferred && preferred.length > 0 ? preferred : DEFAULT_KEYS;
  const shown = all ? info : info.filter((m) => first.includes(m.key));

  return (
    <section className="panel metrics" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>{t('app.metrics.title')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => setAll((v) => !v)}
          aria-expanded={all}
        >
          {all ? t('app.metrics.fewer') : t('app.metrics.all', { n: info.length })}
        </button>
      </header>
      <div className="panel__body">
        <table className="metric-table">
          <tbody>
            {shown.map((m: MetricInfo) => {
              const value = metrics ? (metrics[m.key] as number | null) : null;
              const text = locale.metric(value, m.unit);
              return (
                <tr key={m.key} className={text === '—' || text === '0' ? 'is-quiet' : undefined}>
                  <th scope="row" title={metricDefinition(m.key, locale)}>
                    {t(`metric.${m.key}`)}
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
          {t('app.metrics.definitions')}
        </button>
      </div>
    </section>
  );
}
