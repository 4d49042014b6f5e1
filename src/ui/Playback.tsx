// The playback bar under the graph: reset, step back, play/pause, step forward, the clock,
// speed, and a scrubber over the whole run with the MSEL injects and decision points marked.
import { memo, useId, useState, type CSSProperties } from 'react';
import { clock, SPEEDS } from '../store';
import { useApp, useController } from './context';
import { useLocale, useT } from './i18n';
import { PauseIcon, PlayIcon, ResetIcon, StepBackIcon, StepForwardIcon } from './icons';

export function Playback() {
  const c = useController();
  const playing = useApp((s) => s.playing);
  const status = useApp((s) => s.status);
  const canBack = useApp((s) => s.canStepBack);
  const canForward = useApp((s) => s.canStepForward);
  const busy = useApp((s) => s.busy);
  const speed = useApp((s) => s.speed);
  const hasRun = useApp((s) => s.scenario !== null);
  const { t, span } = useLocale();
  const id = useId();
  const blocked = busy !== null || !hasRun;

  return (
    <div
      id="playback"
      className="playback"
      role="toolbar"
      aria-label={t('app.playback.label')}
      tabIndex={-1}
    >
      <div className="playback__buttons">
        <button
          type="button"
          className="button button--icon"
          onClick={() => c.reset()}
          disabled={blocked || !canBack}
          aria-label={t('app.playback.reset')}
          title={t('app.playback.reset-tip')}
        >
          <ResetIcon />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => c.stepBack()}
          disabled={blocked || !canBack}
          aria-label={t('app.playback.back')}
          title={t('app.playback.back-tip')}
        >
          <StepBackIcon />
        </button>
        <button
          type="button"
          className="button button--play"
          onClick={() => c.togglePlay()}
          disabled={blocked || status === 'awaiting-decision'}
          aria-label={playing ? t('app.playback.pause') : t('app.playback.play')}
          title={playing ? t('app.playback.pause-tip') : t('app.playback.play-tip')}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => void c.stepForward()}
          disabled={blocked || !canForward}
          aria-label={t('app.playback.forward')}
          title={t('app.playback.forward-tip')}
        >
          <StepForwardIcon />
        </button>
      </div>
      <Clock />
      <label className="field field--inline" htmlFor={`${id}-speed`}>
        <span className="field__label">{t('app.playback.speed')}</span>
        <select
          id={`${id}-speed`}
          value={speed}
          onChange={(e) => c.setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('app.playback.per-second', { span: span(s) })}
            </option>
          ))}
        </select>
      </label>
      <Scrubber disabled={blocked} />
      {busy && (
        <div className="busy" role="status">
          <span>{t('app.playback.busy', { label: busy.label })}</span>
          <progress max={1} value={busy.progress ?? undefined} aria-label={busy.label} />
        </div>
      )}
    </div>
  );
}

function Clock() {
  const time = useApp((s) => s.time);
  const step = useApp((s) => s.step);
  const status = useApp((s) => s.status);
  const duration = useApp((s) => s.scenario?.duration ?? 0);
  const t = useT();
  const label =
    status === 'finished'
      ? t('app.playback.finished')
      : status === 'awaiting-decision'
        ? t('app.playback.awaiting')
        : t('app.playback.step', { step });
  return (
    <div className="clock" aria-label={t('app.playback.time')}>
      <output className="clock__time" data-testid="clock">
        {clock(time)}
      </output>
      <span className="clock__meta">
        {t('app.playback.of', { duration: clock(duration), label })}
      </span>
    </div>
  );
}

function Scrubber({ disabled }: { disabled: boolean }) {
  const c = useController();
  const time = useApp((s) => s.time);
  const duration = useApp((s) => s.scenario?.duration ?? 0);
  const t = useT();
  const [drag, setDrag] = useState<number | null>(null);
  const value = drag ?? Math.round(time);
  const commit = (to: number) => {
    setDrag(null);
    void c.seekTime(to);
  };

  return (
    <div className="scrubber">
      <ScrubberMarks duration={duration} disabled={disabled} />
      <input
        type="range"
        className="scrubber__range"
        min={0}
        max={duration}
        step={1}
        value={value}
        disabled={disabled}
        aria-label={t('app.playback.time')}
        aria-valuetext={clock(value)}
        style={
          { '--progress': `${duration === 0 ? 0 : (value / duration) * 100}%` } as CSSProperties
        }
        onPointerDown={() => setDrag(value)}
        onChange={(e) => {
          const to = Number(e.target.value);
          if (drag !== null) setDrag(to);
          else commit(to);
        }}
        onPointerUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
        onKeyDown={(e) => e.stopPropagation()}
      />
      {drag !== null && (
        <span className="scrubber__tip" style={at(drag, duration)}>
          {clock(drag)}
        </span>
      )}
    </div>
  );
}

const at = (when: number, duration: number): CSSProperties => ({
  left: `${duration === 0 ? 0 : (when / duration) * 100}%`,
});

/**
 * The MSEL, live-inject and decision marks over the scrubber. Apart from the clock, so that
 * playing (a new time every frame) does not render them again: they change with their rows.
 */
const ScrubberMarks = memo(function ScrubberMarks({
  duration,
  disabled,
}: {
  duration: number;
  disabled: boolean;
}) {
  const c = useController();
  const msel = useApp((s) => s.msel);
  const decisions = useApp((s) => s.decisions);
  const live = useApp((s) => s.live);
  const t = useT();
  return (
    <div className="scrubber__marks" aria-hidden="true">
      {msel.map((row) => {
        const at0 = row.at ?? row.delivered;
        if (at0 === null) return null;
        return (
          <button
            key={`i${row.serial}`}
            type="button"
            tabIndex={-1}
            className={`scrubber__mark scrubber__mark--inject${row.delivered !== null ? ' is-done' : ''}`}
            style={at(at0, duration)}
            title={t('app.playback.msel-mark', {
              serial: row.serial,
              at: clock(at0),
              text: row.text,
            })}
            onClick={() => void c.jumpToInject(row.serial)}
            disabled={disabled}
          />
        );
      })}
      {live.map((row) => (
        <button
          key={`l${row.index}`}
          type="button"
          tabIndex={-1}
          className={`scrubber__mark scrubber__mark--live${row.delivered !== null ? ' is-done' : ''}`}
          style={at(row.at, duration)}
          title={t('app.playback.live-mark', {
            serial: row.serial,
            at: clock(row.at),
            text: row.text,
          })}
          onClick={() =>
            row.deliveredSeq !== null
              ? c.seekToEntry(row.deliveredSeq, false)
              : void c.seekTime(row.at)
          }
          disabled={disabled}
        />
      ))}
      {decisions.map((d) => (
        <button
          key={`d${d.id}`}
          type="button"
          tabIndex={-1}
          className={`scrubber__mark scrubber__mark--decision${d.passed ? ' is-done' : ''}`}
          style={at(d.at, duration)}
          title={t('app.playback.decision-mark', { at: clock(d.at), prompt: d.prompt })}
          onClick={() => void c.seekTime(d.at)}
          disabled={disabled}
        />
      ))}
    </div>
  );
});
