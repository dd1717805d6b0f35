import type { EventName, EventPayload } from '@shared/ipc/contract';

type AnyListener = (event: EventName, payload: unknown) => void;

/** The core's typed event stream; the shell relays it to the renderer, tests listen directly. */
export class EventBus {
  private readonly listeners = new Set<AnyListener>();

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.onAny((name, payload) => {
      if (name === event) listener(payload as EventPayload<E>);
    });
  }

  /** Every event, as the shell relays them. */
  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(event, payload);
  }
}
