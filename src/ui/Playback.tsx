// The playback bar under the graph: reset, step back, play/pause, step forward, the clock,
// speed, and a scrubber over the whole run with the MSEL injects and decision points marked.
import { useId, useState, type CSSProperties } from 'react';
import { clock, SPEEDS, span } from '../store';
import { useApp, useController } from './context';
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
  const id = useId();
  const blocked = busy !== null || !hasRun;

  return (
    <div id="playback" className="playback" role="toolbar" aria-label="Playback" tabIndex={-1}>
      <div className="playback__buttons">
        <button
          type="button"
          className="button button--icon"
          onClick={() => c.reset()}
          disabled={blocked || !canBack}
          aria-label="Back to the start"
          title="Back to the start (Home)"
        >
          <ResetIcon />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => c.stepBack()}
          disabled={blocked || !canBack}
          aria-label="Step back"
          title="Step back to the previous event (←)"
        >
          <StepBackIcon />
        </button>
        <button
          type="button"
          className="button button--play"
          onClick={() => c.togglePlay()}
          disabled={blocked || status === 'awaiting-decision'}
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => void c.stepForward()}
          disabled={blocked || !canForward}
          aria-label="Step forward"
          title="Step to the next event (→)"
        >
          <StepForwardIcon />
        </button>
      </div>
      <Clock />
      <label className="field field--inline" htmlFor={`${id}-speed`}>
        <span className="field__label">Speed</span>
        <select
          id={`${id}-speed`}
          value={speed}
          onChange={(e) => c.setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {span(s)} / s
            </option>
          ))}
        </select>
      </label>
      <Scrubber disabled={blocked} />
      {busy && (
        <div className="busy" role="status">
          <span>{busy.label}…</span>
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
  const label =
    status === 'finished'
      ? 'End of exercise'
      : status === 'awaiting-decision'
        ? 'Waiting for a decision'
        : `Step ${step}`;
  return (
    <div className="clock" aria-label="Exercise time">
      <output className="clock__time" data-testid="clock">
        {clock(time)}
      </output>
      <span className="clock__meta">
        of {clock(duration)} · {label}
      </span>
    </div>
  );
}

function Scrubber({ disabled }: { disabled: boolean }) {
  const c = useController();
  const time = useApp((s) => s.time);
  const duration = useApp((s) => s.scenario?.duration ?? 0);
  const msel = useApp((s) => s.msel);
  const decisions = useApp((s) => s.decisions);
  const live = useApp((s) => s.live);
  const [drag, setDrag] = useState<number | null>(null);
  const value = drag ?? Math.round(time);
  const at = (t: number): CSSProperties => ({
    left: `${duration === 0 ? 0 : (t / duration) * 100}%`,
  });
  const commit = (t: number) => {
    setDrag(null);
    void c.seekTime(t);
  };

  return (
    <div className="scrubber">
      <div className="scrubber__marks" aria-hidden="true">
        {msel.map((row) => {
          const t = row.at ?? row.delivered;
          if (t === null) return null;
          return (
            <button
              key={`i${row.serial}`}
              type="button"
              tabIndex={-1}
              className={`scrubber__mark scrubber__mark--inject${row.delivered !== null ? ' is-done' : ''}`}
              style={at(t)}
              title={`MSEL ${row.serial} at ${clock(t)}: ${row.text}`}
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
            style={at(row.at)}
            title={`Live inject ${row.serial} at ${clock(row.at)}: ${row.text}`}
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
            style={at(d.at)}
            title={`Decision at ${clock(d.at)}: ${d.prompt}`}
            onClick={() => void c.seekTime(d.at)}
            disabled={disabled}
          />
        ))}
      </div>
      <input
        type="range"
        className="scrubber__range"
        min={0}
        max={duration}
        step={1}
        value={value}
        disabled={disabled}
        aria-label="Exercise time"
        aria-valuetext={clock(value)}
        style={
          { '--progress': `${duration === 0 ? 0 : (value / duration) * 100}%` } as CSSProperties
        }
        onPointerDown={() => setDrag(value)}
        onChange={(e) => {
          const t = Number(e.target.value);
          if (drag !== null) setDrag(t);
          else commit(t);
        }}
        onPointerUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
        onKeyDown={(e) => e.stopPropagation()}
      />
      {drag !== null && (
        <span className="scrubber__tip" style={at(drag)}>
          {clock(drag)}
        </span>
      )}
    </div>
  );
}
