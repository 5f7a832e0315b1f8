import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code loads on first use, so the start screen does not pay for the form library
 * and the fields. `preload` starts the download early (on an idle start screen), so the first
 * step appears without waiting. Smaller than `preact/compat`'s `lazy` + `Suspense`.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  function LazyScreen(props: P) {
    const [component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (!component) void preload().then((ready) => setComponent(() => ready));
    }, []);
    const Screen = component;
    return Screen ? <Screen {...props} /> : null;
  }
  return Object.assign(LazyScreen, { preload });
}
