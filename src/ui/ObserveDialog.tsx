// The observation form as a dialog, opened from the header (or O) while the run is paused.
import { useEffect, useId, useRef } from 'react';
import { useApp, useController } from './context';
import { useT } from './i18n';
import { ObservationForm } from './ObservationForm';

export function ObserveDialog() {
  const open = useApp((s) => s.observeOpen);
  return open ? <ObserveModal /> : null;
}

export function ObserveModal() {
  const c = useController();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog observe"
      aria-labelledby={`${id}-title`}
      onClose={() => c.closeObserve()}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>{t('app.observe.title')}</h2>
        <button type="button" className="button" onClick={() => c.closeObserve()}>
          {t('app.close')}
        </button>
      </header>
      <ObservationForm onDone={() => c.closeObserve()} />
    </dialog>
  );
}
