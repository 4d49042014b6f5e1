// A short confirmation ("Decision recorded", "Imported …") that fades after a few seconds.
import { useEffect } from 'react';
import { useApp, useController } from './context';

export function Notice() {
  const c = useController();
  const notice = useApp((s) => s.notice);
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => c.notify(null), 4000);
    return () => clearTimeout(timer);
  }, [notice, c]);
  return (
    <div className="notice" role="status" aria-live="polite">
      {notice && <span className="notice__text">{notice}</span>}
    </div>
  );
}
