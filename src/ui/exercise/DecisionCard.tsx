// A decision waiting in the exercise: a played decision (the seat holding the deciding actor
// answers, with the facts its actor knows and doctrine's answer as the baseline) or a scenario
// decision point. EXCON and evaluators see it too; EXCON may force doctrine's answer.
import { formatTime, type Phrase } from '../../core/index.ts';
import { describePhrase } from '../../i18n/words.ts';
import { readable } from '../../store/words.ts';
import { useConnection, useSeat, useSeatNameMap, useSeatNames } from './context';
import { useLocale } from '../i18n';

export function DecisionCard() {
  const c = useConnection();
  const state = useSeat((s) => s.state);
  const name = useSeatNames();
  const names = useSeatNameMap();
  const { t, locale } = useLocale();
  if (!state) return null;
  // The phrases carry ids: the seat reads the actors' and areas' names instead.
  const say = (p: Phrase) => readable(describePhrase(p, locale), names);
  const { question, point, role } = state;
  const canAnswer = (actor: string) =>
    role === 'excon' || (role === 'player' && state.seat.actors.includes(actor));
  if (question) {
    const answer = canAnswer(question.actor);
    // A team or an invitation: what the message asking for it is about comes first.
    const prompt = question.subject
      ? t('app.seat.subject', { subject: say(question.subject), prompt: say(question.prompt) })
      : question.site === 'escort.provider'
        ? t('app.seat.team-asked', { prompt: say(question.prompt) })
        : question.site === 'meeting.attend'
          ? t('app.seat.invitation', { prompt: say(question.prompt) })
          : say(question.prompt);
    const doctrine = question.options.find((o) => o.id === question.doctrine);
    return (
      <section className="xdecision" aria-labelledby="xdecision-title" data-testid="decision-card">
        <h2 id="xdecision-title">
          {t('app.seat.decision-for', {
            actor: name(question.actor),
            at: formatTime(question.time),
          })}
        </h2>
        <p className="xdecision__prompt">{prompt}</p>
        <h3>{t('app.seat.knows', { actor: name(question.actor) })}</h3>
        <ul className="xdecision__facts">
          {question.facts.map((f, i) => (
            <li key={i}>{say(f)}</li>
          ))}
        </ul>
        <p className="xdecision__doctrine">
          {t('app.seat.doctrine')}{' '}
          <strong>{doctrine ? say(doctrine.label) : question.doctrine}</strong> —{' '}
          {say(question.reason)}
        </p>
        {answer ? (
          <div className="xdecision__options">
            {question.options.map((o) => (
              <button
                key={o.id}
                type="button"
                onClick={() => c.send({ type: 'play', key: question.key, option: o.id })}
              >
                {say(o.label)}
              </button>
            ))}
          </div>
        ) : (
          <p className="xdecision__wait">
            {t('app.seat.waiting', { actor: name(question.actor) })}
          </p>
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
        <h2 id="xdecision-title">{t('app.seat.point-for', { actor: name(point.by) })}</h2>
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
          <p className="xdecision__wait">{t('app.seat.waiting', { actor: name(point.by) })}</p>
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
