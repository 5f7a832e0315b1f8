/** A tiny observable value: how status flows from the core to the screens (see `src/app/useStore.ts`). */
export { createStore, type Store } from './createStore';
