// A decision waiting in the exercise: a played decision (the seat holding the deciding actor
// answers, with the facts its actor knows and doctrine's answer as the baseline) or a scenario
// decision point. EXCON and evaluators see it too; EXCON may force doctrine's answer.
import { formatTime } from '../../core/index.ts';
import { useConnection, useSeat } from './context';
import { useT } from '../i18n';

export function DecisionCard() {
  const c = useConnection();
  const state = useSeat((s) => s.state);
  const t = useT();
  if (!state) return null;
  const { question, point, role } = state;
  const canAnswer = (actor: string) =>
    role === 'excon' || (role === 'player' && state.seat.actors.includes(actor));
  if (question) {
    const answer = canAnswer(question.actor);
    return (
      <section className="xdecision" aria-labelledby="xdecision-title" data-testid="decision-card">
        <h2 id="xdecision-title">
          {t('app.seat.decision-for', { actor: question.actor, at: formatTime(question.time) })}
        </h2>
        <p className="xdecision__prompt">{question.prompt}</p>
        <h3>{t('app.seat.knows', { actor: question.actor })}</h3>
        <ul className="xdecision__facts">
          {question.facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        <p className="xdecision__doctrine">
          {t('app.seat.doctrine')}{' '}
          <strong>{question.options.find((o) => o.id === question.doctrine)?.label}</strong> —{' '}
          {question.reason}
        </p>
        {answer ? (
          <div className="xdecision__options">
            {question.options.map((o) => (
              <button
                key={o.id}
                type="button"
                onClick={() => c.send({ type: 'play', key: question.key, option: o.id })}
              >
                {o.label}
              </button>
            ))}
          </div>
        ) : (
          <p className="xdecision__wait">{t('app.seat.waiting', { actor: question.actor })}</p>
        )}
        {role === 'excon' && (
          <button type="button" className="link-button" onClick={() => c.send({ type: 'force' })}>
            {t('app.seat.force-doctrine')}
          </button>
        )}
      </section>
    );
  }
  if (point) {
    const answer = canAnswer(point.by);
    return (
      <section className="xdecision" aria-labelledby="xdecision-title" data-testid="decision-card">
        <h2 id="xdecision-title">{t('app.seat.point-for', { actor: point.by })}</h2>
        <p className="xdecision__prompt">{point.prompt}</p>
        {answer ? (
          <div className="xdecision__options">
            {point.options.map((o) => (
              <button
                key={o.id}
                type="button"
                onClick={() => c.send({ type: 'decide', decision: point.id, option: o.id })}
              >
                {o.label}
              </button>
            ))}
          </div>
        ) : (
          <p className="xdecision__wait">{t('app.seat.waiting', { actor: point.by })}</p>
        )}
        {role === 'excon' && (
          <button type="button" className="link-button" onClick={() => c.send({ type: 'force' })}>
            {t('app.seat.force-default')}
          </button>
        )}
      </section>
    );
  }
  return null;
}
