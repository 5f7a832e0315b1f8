import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lazily } from './lazily';

/**
 * A screen whose code loads on first use, so the start screen does not pay for the form library
 * and the fields. `preload` starts the download early (on an idle start screen), so the first
 * step appears without waiting. Smaller than `preact/compat`'s `lazy` + `Suspense`.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  const screen = lazily(load);
  function LazyScreen(props: P) {
    const [component, setComponent] = useState(screen.loaded);
    useEffect(() => {
      if (!component) void screen.load().then((ready) => setComponent(() => ready));
    }, []);
    const Screen = component;
    return Screen ? <Screen {...props} /> : null;
  }
  return Object.assign(LazyScreen, { preload: screen.load });
}
