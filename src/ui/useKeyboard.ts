// Playback from the keyboard. Keys typed into a field stay in the field; a button reached
// with the keyboard keeps Space for itself (one just clicked with the mouse does not).
import { useEffect } from 'react';
import type { AppStore, RunController } from '../store';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

/** Buttons focused by a pointer press: Space there means play/pause, not "press again". */
const pointerFocused = new WeakSet<EventTarget>();

function keyboardFocused(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const control = target.closest('button, summary, a[href], [role="button"]');
  return control !== null && !pointerFocused.has(target);
}

export function useKeyboard(store: AppStore, controller: RunController): void {
  useEffect(() => {
    // A button clicked with the mouse keeps focus; Space would also "click" it on key up.
    let spaceTaken = false;
    const onKeyUp = (event: KeyboardEvent) => {
      if (spaceTaken && event.key === ' ') event.preventDefault();
      spaceTaken = false;
    };
    let pointerAt = -Infinity;
    const onPointerDown = () => {
      pointerAt = performance.now();
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target && performance.now() - pointerAt < 500) pointerFocused.add(event.target);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.target) pointerFocused.delete(event.target);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      const state = store.getState();
      // The inject dialog is modal and keeps its keys (Esc closes it by itself).
      if (state.injectOpen || state.observeOpen || state.hotwashOpen) return;
      if (state.helpOpen && event.key !== '?' && event.key !== 'Escape') return;
      switch (event.key) {
        case ' ':
        case 'Spacebar':
          if (keyboardFocused(event.target)) return;
          event.preventDefault();
          spaceTaken = true;
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
        case 'i':
        case 'I':
          if (state.compareOpen) return;
          event.preventDefault();
          controller.openInject();
          return;
        case 'o':
        case 'O':
          if (state.compareOpen) return;
          event.preventDefault();
          controller.openObserve();
          return;
        case 'f':
        case 'F':
          if (state.compareOpen) return;
          controller.setView({ focusGraph: !state.focusGraph });
          return;
        case 'Escape':
          if (state.errors) controller.dismissErrors();
          else if (state.focusGraph && !state.helpOpen && !state.compareOpen)
            controller.setView({ focusGraph: false });
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('focusin', onFocusIn);
    window.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('focusout', onFocusOut);
    };
  }, [store, controller]);
}
