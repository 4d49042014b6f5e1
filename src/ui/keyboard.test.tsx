// Shortcuts: Space, arrows, Home and `?` drive playback, except while typing in a field.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rig } from './testing';
import { useKeyboard } from './useKeyboard';
import type { AppStore, RunController } from '../store';

afterEach(cleanup);

function Keys({ store, controller }: { store: AppStore; controller: RunController }) {
  useKeyboard(store, controller);
  return <input aria-label="Notes" />;
}

describe('keyboard shortcuts', () => {
  it('plays, steps, resets and shows help; typing in a field is left alone', async () => {
    const r = await rig();
    const { getByLabelText } = render(<Keys store={r.store} controller={r.controller} />);
    await act(async () => {
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    });
    expect(r.store.getState().time).toBe(60);
    act(() => {
      fireEvent.keyDown(window, { key: 'ArrowLeft' });
    });
    expect(r.store.getState().time).toBe(0);
    act(() => {
      fireEvent.keyDown(window, { key: ' ' });
    });
    expect(r.store.getState().playing).toBe(true);
    act(() => {
      fireEvent.keyDown(window, { key: ' ' });
    });
    expect(r.store.getState().playing).toBe(false);
    await act(async () => {
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    });
    act(() => {
      fireEvent.keyDown(window, { key: 'Home' });
    });
    expect(r.store.getState().time).toBe(0);
    act(() => {
      fireEvent.keyDown(window, { key: '?' });
    });
    expect(r.store.getState().helpOpen).toBe(true);
    act(() => {
      fireEvent.keyDown(window, { key: '?' });
    });
    expect(r.store.getState().helpOpen).toBe(false);

    const input = getByLabelText('Notes');
    input.focus();
    act(() => {
      fireEvent.keyDown(input, { key: ' ' });
      fireEvent.keyDown(input, { key: 'ArrowRight' });
    });
    expect(r.store.getState().playing).toBe(false);
    expect(r.store.getState().time).toBe(0);
  });
});
