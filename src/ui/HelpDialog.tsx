// The keyboard shortcuts, opened with `?`.
import { useEffect, useId, useRef } from 'react';
import type { AppKey } from '../i18n/index.ts';
import { useApp, useController } from './context';
import { useT } from './i18n';

/** Each shortcut: the keys as the keyboard labels them, and what they do (catalog keys). */
export const SHORTCUTS: ReadonlyArray<readonly [keys: AppKey | string, what: AppKey]> = [
  ['app.keys.space', 'app.help.play'],
  ['→', 'app.help.forward'],
  ['←', 'app.help.back'],
  ['app.keys.home', 'app.help.reset'],
  ['T', 'app.help.table'],
  ['I', 'app.help.inject'],
  ['O', 'app.help.observe'],
  ['F', 'app.help.focus'],
  ['?', 'app.help.help'],
  ['app.keys.esc', 'app.help.esc'],
  ['app.keys.graph', 'app.help.graph'],
];

const isKey = (k: string): k is AppKey => k.startsWith('app.');

export function HelpDialog() {
  const c = useController();
  const open = useApp((s) => s.helpOpen);
  const t = useT();
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
        <h2 id={`${id}-title`}>{t('app.header.shortcuts')}</h2>
        <button type="button" className="button" onClick={() => c.setView({ helpOpen: false })}>
          {t('app.close')}
        </button>
      </header>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcuts__row">
            <dt>
              <kbd>{isKey(keys) ? t(keys) : keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('app.help.note')}</p>
    </dialog>
  );
}
