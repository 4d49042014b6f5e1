// The keyboard shortcuts, opened with `?`.
import { useEffect, useId, useRef } from 'react';
import { useApp, useController } from './context';

export const SHORTCUTS: ReadonlyArray<readonly [keys: string, what: string]> = [
  ['Space', 'Play or pause'],
  ['→', 'Step to the next event'],
  ['←', 'Step back to the previous event'],
  ['Home', 'Back to the start'],
  ['T', 'Switch between the graph and the table'],
  ['I', 'Push a live inject (exercise control)'],
  ['O', 'Record an observation (evaluation)'],
  ['F', 'Focus: the mesh takes the whole screen'],
  ['?', 'Show or hide this list'],
  ['Esc', 'Close a dialog, or leave focus'],
  ['Arrows · + − · 0', 'In the graph: pan, zoom in and out, frame the whole mesh'],
];

export function HelpDialog() {
  const c = useController();
  const open = useApp((s) => s.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog help"
      aria-labelledby={`${id}-title`}
      onClose={() => c.setView({ helpOpen: false })}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => c.setView({ helpOpen: false })}>
          Close
        </button>
      </header>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcuts__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Shortcuts are ignored while you type in a field. Drop a scenario (.yaml) or a saved run
        (.json) anywhere to open it.
      </p>
    </dialog>
  );
}
