import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '@shared/ipc/contract';

/** Subscribes to a pushed event for the component's lifetime; the latest listener is always called. */
export function useApiEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.api.on[event]((payload) => latest.current(payload as EventPayload<E>)), [event]);
}
