// The exercise screens share one connection to the host.
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { ExerciseConnection, SeatStore } from './connection';

export const ConnectionContext = createContext<ExerciseConnection | null>(null);

export function useConnection(): ExerciseConnection {
  const c = useContext(ConnectionContext);
  if (!c) throw new Error('exercise screens need a ConnectionContext');
  return c;
}

export function useSeat<T>(select: (s: SeatStore) => T): T {
  return useStore(useConnection().store, select);
}

/**
 * The actors' names as the scenario gives them, from the mesh the seat sees (its own actors'
 * labels carry a star there, which a name in a sentence does without).
 */
export function useSeatNames(): (id: string) => string {
  const nodes = useSeat((s) => s.state?.graph.nodes);
  return useMemo(() => {
    const names = new Map((nodes ?? []).map((n) => [n.id, n.label.replace(/^★ /, '')]));
    return (id: string) => names.get(id) ?? id;
  }, [nodes]);
}
