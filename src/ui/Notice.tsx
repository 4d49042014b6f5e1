// A short confirmation ("Decision recorded", "Imported …") that fades after a few seconds.
// When the run shown replaced one with work in it, the notice offers Undo for longer.
import { useEffect } from 'react';
import { useApp, useController } from './context';
import { useT } from './i18n';

export function Notice() {
  const c = useController();
  const notice = useApp((s) => s.notice);
  const undoable = useApp((s) => s.undoable);
  const t = useT();
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => c.notify(null), undoable ? 15000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, undoable, c]);
  return (
    <div className="notice" role="status" aria-live="polite">
      {notice && (
        <span className="notice__text">
          {notice}
          {undoable && (
            <button type="button" className="notice__undo" onClick={() => void c.undo()}>
              {t('app.notice.undo')}
            </button>
          )}
        </span>
      )}
    </div>
  );
}
