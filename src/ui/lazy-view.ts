import { loadOnce } from '../app/load-once.ts';

/** Runs an action on a view, building the view (and fetching its module) the first time. */
export type LazyView<T> = (action: (view: T) => void) => void;

/**
 * A dialog the first page does not need, built the first time it is wanted: its module is a chunk
 * of its own, fetched then (and the page's first paragraph waits for less). Its element is put on
 * the page when it is built. If the module cannot arrive, `failed` says so and nothing else changes.
 */
export function lazyView<T extends { readonly element: unknown }>(
  build: () => Promise<T>,
  mount: (element: T['element']) => void,
  failed: () => void,
): LazyView<T> {
  const view = loadOnce(() =>
    build().then((built) => {
      mount(built.element);
      return built;
    }),
  );
  return (action) => {
    view.load().then(action, failed);
  };
}
