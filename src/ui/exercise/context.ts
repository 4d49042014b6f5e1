// The exercise screens share one connection to the host.
import { createContext, useContext } from 'react';
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
