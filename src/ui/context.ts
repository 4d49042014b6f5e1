// How components reach the store and the controller: one React context, selector hooks.
// Selectors return primitives or objects the store already holds (never a fresh object:
// zustand v5 would re-render forever), or go through useShallow.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore, RunController } from '../store';

export interface AppServices {
  readonly store: AppStore;
  readonly controller: RunController;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services)
    throw new Error('PeaceMesh components must be rendered inside <AppContext value={…}>');
  return services;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}

export const useController = (): RunController => useServices().controller;
