// The recent-runs menu: runs put aside when a new seed, structure or scenario (or a run from
// the comparison) replaced them, newest first. Opening one puts the run shown in its place.
import { useRef } from 'react';
import { clock } from '../store';
import { useApp, useController } from './context';
import { RecentIcon } from './icons';

export function RecentRuns() {
  const c = useController();
  const recent = useApp((s) => s.recent);
  const busy = useApp((s) => s.busy !== null);
  const menu = useRef<HTMLDetailsElement>(null);
  const open = (index: number) => {
    if (menu.current) menu.current.open = false;
    void c.openRecent(index);
  };
  return (
    <details
      ref={menu}
      className="menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.current?.open) {
          e.stopPropagation();
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary
        className="button"
        title="Runs put aside when another replaced them"
        aria-label={`Recent runs (${recent.length})`}
      >
        <RecentIcon /> <span className="button__text">Recent</span>
      </summary>
      <div className="menu__panel">
        <h2>Recent runs</h2>
        {recent.length === 0 ? (
          <p className="empty">
            None yet. When a new seed, structure or scenario replaces a run you worked on, it is
            kept here.
          </p>
        ) : (
          <ol className="recent-list">
            {recent.map((r, i) => (
              <li key={`${r.savedAt}-${i}`}>
                <button type="button" onClick={() => open(i)} disabled={busy}>
                  <strong>{r.title}</strong>
                  <span>
                    {r.structure} · seed {r.seed} · at {clock(r.time)}
                  </span>
                  <span className="muted small">
                    {[
                      r.branches > 1 ? `${r.branches} branches` : '',
                      r.decisions ? `${r.decisions} decision${r.decisions === 1 ? '' : 's'}` : '',
                      r.liveInjects
                        ? `${r.liveInjects} live inject${r.liveInjects === 1 ? '' : 's'}`
                        : '',
                      `put aside ${new Date(r.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
