// The key to the mesh graph: actor kinds (shape and colour), state rings, channel line
// styles, messages, lost messages and meetings. Drawn from the same palette as the graph.
import { useId, type ReactNode } from 'react';
import { ACTOR_KINDS, CHANNELS } from '../../core/vocabulary.ts';
import {
  CHANNEL_STYLE,
  KIND_STYLE,
  LOST_COLOUR,
  MESSAGE_COLOUR,
  RIM_COLOUR,
  RIM_WIDTH,
  STATE_STYLE,
  shapePath,
  type StateLook,
} from '../../graph/palette.ts';
import { kindName, useLocale } from '../i18n';
import './graph.css';

const STATE_ORDER: readonly StateLook[] = ['available', 'busy', 'overloaded', 'other'];
const BG = 'var(--pm-graph-bg, #ffffff)';

export function Legend({ className }: { className?: string }) {
  const id = useId();
  const { t } = useLocale();
  return (
    <div
      className={className === undefined ? 'pm-legend' : `pm-legend ${className}`}
      role="group"
      aria-label={t('app.legend.label')}
    >
      <Section id={`${id}-kinds`} title={t('app.legend.actors')}>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch>
              <path
                d={shapePath(KIND_STYLE[kind].shape, 7.5)}
                fill={KIND_STYLE[kind].colour}
                stroke={STATE_STYLE.available.ring}
                strokeWidth={2}
                paintOrder="stroke"
                strokeLinejoin="round"
              />
            </Swatch>
            <span>
              {kindName(t, kind)}{' '}
              <span className="pm-legend__note">
                {t('app.legend.shape', { shape: KIND_STYLE[kind].shape })}
              </span>
            </span>
          </li>
        ))}
      </Section>
      <Section id={`${id}-states`} title={t('app.legend.state')}>
        {STATE_ORDER.map((look) => {
          const s = STATE_STYLE[look];
          return (
            <li key={look}>
              <Swatch>
                {s.rim && (
                  <circle r={6.5} fill="none" stroke={RIM_COLOUR} strokeWidth={RIM_WIDTH * 0.62} />
                )}
                <circle
                  r={6.5}
                  fill="#c8c8c8"
                  stroke={s.ring}
                  strokeWidth={s.width * 0.55}
                  strokeDasharray={s.dash === '' ? undefined : s.dash}
                  paintOrder="stroke"
                />
              </Swatch>
              <span>{t(`app.legend.look.${look}`)}</span>
            </li>
          );
        })}
      </Section>
      <Section id={`${id}-links`} title={t('app.legend.links')}>
        {CHANNELS.map((channel) => {
          const s = CHANNEL_STYLE[channel];
          return (
            <li key={channel}>
              <Swatch wide>
                <line
                  x1={-13}
                  x2={13}
                  stroke={s.colour}
                  strokeWidth={s.width}
                  strokeDasharray={s.dash === '' ? undefined : s.dash}
                  strokeLinecap="butt"
                  opacity={s.opacity}
                />
                {s.double && (
                  <line x1={-13} x2={13} stroke={BG} strokeWidth={Math.max(s.width - 3.2, 1)} />
                )}
              </Swatch>
              <span>
                {t(`app.channel.${channel}`)}{' '}
                <span className="pm-legend__note">{t(`app.legend.channel.${channel}`)}</span>
              </span>
            </li>
          );
        })}
      </Section>
      <Section id={`${id}-traffic`} title={t('app.legend.traffic')}>
        <li>
          <Swatch wide>
            <line x1={-13} x2={13} stroke={CHANNEL_STYLE.radio.colour} strokeWidth={1.5} />
            <circle r={4.5} fill={MESSAGE_COLOUR} stroke={BG} strokeWidth={1.5} />
          </Swatch>
          <span>{t('app.legend.in-transit')}</span>
        </li>
        <li>
          <Swatch wide>
            <path
              d="M-5,-5L5,5M5,-5L-5,5"
              stroke={LOST_COLOUR}
              strokeWidth={3.5}
              strokeLinecap="round"
              fill="none"
            />
          </Swatch>
          <span>{t('app.legend.lost')}</span>
        </li>
        <li>
          <Swatch wide>
            <rect
              x={-13}
              y={-7}
              width={26}
              height={14}
              rx={4}
              fill={BG}
              stroke={MESSAGE_COLOUR}
              strokeWidth={1.5}
            />
          </Swatch>
          <span>{t('app.legend.meeting')}</span>
        </li>
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="pm-legend__section">
      <p className="pm-legend__title" id={id}>
        {title}
      </p>
      <ul className="pm-legend__list" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

function Swatch({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const w = wide ? 32 : 22;
  return (
    <svg
      className="pm-legend__swatch"
      width={w}
      height={22}
      viewBox={`${-w / 2} -11 ${w} 22`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
