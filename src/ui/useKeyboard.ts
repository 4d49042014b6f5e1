// Playback from the keyboard. Keys typed into a field stay in the field; a button focused
// from the keyboard keeps Space for itself.
import { useEffect } from 'react';
import type { AppStore, RunController } from '../store';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

function keyboardFocused(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.closest('button, summary, a[href], [role="button"]') === null) return false;
  try {
    return target.matches(':focus-visible');
  } catch {
    return true;
  }
}

export function useKeyboard(store: AppStore, controller: RunController): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      const state = store.getState();
      if (state.helpOpen && event.key !== '?' && event.key !== 'Escape') return;
      switch (event.key) {
        case ' ':
        case 'Spacebar':
          if (keyboardFocused(event.target)) return;
          event.preventDefault();
          controller.togglePlay();
          return;
        case 'ArrowRight':
          event.preventDefault();
          void controller.stepForward();
          return;
        case 'ArrowLeft':
          event.preventDefault();
          controller.stepBack();
          return;
        case 'Home':
          event.preventDefault();
          controller.reset();
          return;
        case '?':
          event.preventDefault();
          controller.setView({ helpOpen: !state.helpOpen });
          return;
        case 't':
        case 'T':
          controller.setView({ tableView: !state.tableView });
          return;
        case 'Escape':
          if (state.errors) controller.dismissErrors();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, controller]);
}
