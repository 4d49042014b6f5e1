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
 * The scenario's names for the ids a seat reads: actors from the mesh the seat sees (its own
 * actors' labels carry a star there, which a name in a sentence does without) and areas.
 */
export function useSeatNameMap(): ReadonlyMap<string, string> {
  const nodes = useSeat((s) => s.state?.graph.nodes);
  const areas = useSeat((s) => s.state?.areas);
  return useMemo(
    () =>
      new Map([
        ...(areas ?? []).map((a): [string, string] => [a.id, a.name]),
        ...(nodes ?? []).map((n): [string, string] => [n.id, n.label.replace(/^★ /, '')]),
      ]),
    [nodes, areas],
  );
}

/** An actor's or area's name by its id (the id itself when the seat has no name for it). */
export function useSeatNames(): (id: string) => string {
  const names = useSeatNameMap();
  return useMemo(() => (id: string) => names.get(id) ?? id, [names]);
}
