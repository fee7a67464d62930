/** A small typed event bus: presenters subscribe, the director publishes; none calls another. */
export interface Bus<Events extends object> {
  on<K extends keyof Events>(type: K, handler: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, payload: Events[K]): void;
}

export function createBus<Events extends object>(
  onHandlerError: (error: unknown) => void = console.error,
): Bus<Events> {
  const handlers = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(type, handler) {
      const set = handlers.get(type) ?? new Set();
      set.add(handler);
      handlers.set(type, set);
      return () => set.delete(handler);
    },
    emit(type, payload) {
      for (const handler of handlers.get(type) ?? []) {
        // one broken presenter must not stop the others (or the story)
        try {
          (handler as (payload: Events[typeof type]) => void)(payload);
        } catch (error) {
          onHandlerError(error);
        }
      }
    },
  };
}
