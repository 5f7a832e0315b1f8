import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button } from './Button';
import { lazily } from './lazily';
import { useTranslator } from './TranslatorContext';

/**
 * A screen whose code loads on first use, so the start screen does not pay for the form library
 * and the fields. `preload` starts the download early (on an idle start screen), so the first
 * step appears without waiting. Smaller than `preact/compat`'s `lazy` + `Suspense`. Code that did
 * not arrive (a first visit, before the service worker keeps the app, and the connection dropped)
 * is said plainly where the screen would be, with a way to load the page again: browsers keep a
 * failed module import failed for the life of the page
 * (https://github.com/whatwg/html/issues/6768), so trying again in place would fail too.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  const screen = lazily(load);
  function LazyScreen(props: P) {
    const [component, setComponent] = useState(screen.loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!component) screen.load().then((ready) => setComponent(() => ready), () => setFailed(true));
    }, []);
    const Screen = component;
    if (Screen) return <Screen {...props} />;
    return failed ? <NotLoaded /> : null;
  }
  return Object.assign(LazyScreen, { preload: screen.load });
}

/** What shows in place of a screen whose code did not arrive; what the tablet saved comes back after the reload. */
function NotLoaded() {
  const translator = useTranslator();
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="alert">
      <p class="utrecht-paragraph">{translator.t('app.notLoaded')}</p>
      <Button variant="primary" onClick={() => location.reload()}>
        {translator.t('app.reload')}
      </Button>
    </div>
  );
}
