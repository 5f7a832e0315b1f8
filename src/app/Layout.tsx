import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DisplaySettings } from './DisplaySettings';
import { municipality } from './municipality';
import { OnlineStatus } from './OnlineStatus';
import { RouteLink } from './RouteLink';
import { routePath, type Route } from './routes';
import { StorageUnavailableWarning } from './SaveStatus';
import { StaffBadge } from './StaffBadge';
import { UpdateBanner } from './serviceWorker';
import { useTranslator } from './TranslatorContext';

/**
 * The frame of every page: skip link, header with the display and language choices, the back link *before*
 * `<main>` (docs/accessibility.md, point 3), and help in the same place on every page (WCAG 3.2.6).
 */
export function Layout({ back, children }: { back?: Route | undefined; children: ComponentChildren }) {
  const translator = useTranslator();
  // The same element each time: Preact then leaves the header, the banners and the help as they
  // are when a frame that stays from page to page (`StayingFrame`) renders again for the next
  // page or a keystroke, while they still follow the language and the stores they read themselves
  // (preact/src/diff: a vnode strictly equal to the last one is skipped). Not `memo`: that would
  // bring preact/compat to the first screen.
  const header = useMemo(() => <Header />, []);
  const banners = useMemo(() => [<UpdateBanner key="update" />, <StorageUnavailableWarning key="storage" />], []);
  const help = useMemo(() => <Help />, []);
  const backPath = back && routePath(back);
  const backLink = useMemo(
    () =>
      back && (
        // A landmark of its own, so screen-reader users who jump between landmarks find it too.
        <nav class="hv-back-nav" aria-label={translator.t('layout.backNavigation')}>
          <RouteLink to={back} class="utrecht-link hv-back-link">
            {translator.t('layout.back')}
          </RouteLink>
        </nav>
      ),
    [backPath, translator],
  );
  return (
    <div class="hv-page">
      <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {translator.t('layout.skipToContent')}
      </a>
      {header}
      <div class="hv-container">
        {backLink}
        <main id="inhoud" class="hv-main" tabIndex={-1}>
          {banners}
          {children}
        </main>
        {help}
      </div>
    </div>
  );
}

/** Where the back link of the `StayingFrame` around a page leads, as that page says (`useBackLink`). */
const BackLinkContext = createContext<((back: Route) => void) | undefined>(undefined);

/**
 * A frame (`Layout`) that stays while the pages in it follow each other: the steps, the shared
 * steps and the check page. Going on builds only the new page, not the header, the help and the
 * rest of the frame again. Each page says where the back link leads (`useBackLink`).
 */
export function StayingFrame({ children }: { children: ComponentChildren }) {
  const [back, setBack] = useState<Route | undefined>(undefined);
  const showBack = useCallback((next: Route) => setBack((shown) => (shown && routePath(shown) === routePath(next) ? shown : next)), []);
  return (
    <BackLinkContext.Provider value={showBack}>
      <Layout back={back}>{children}</Layout>
    </BackLinkContext.Provider>
  );
}

/**
 * Points the back link of the `StayingFrame` around the page at `back`. Set before the frame is
 * painted (a layout effect), after the page's own: the new page's heading has the focus first.
 */
export function useBackLink(back: Route): void {
  const showBack = useContext(BackLinkContext);
  const path = routePath(back);
  useLayoutEffect(() => showBack?.(back), [showBack, path]);
}

function Header() {
  const translator = useTranslator();
  return (
    <header class="hv-header">
      <div class="hv-header__inner">
        <p class="hv-header__title">
          <span class="hv-header__desk">{translator.t('desk.name')}</span>
          <span class="hv-header__municipality">{municipality.name}</span>
        </p>
        <OnlineStatus />
        <StaffBadge />
        <RouteLink to={{ name: 'stop' }} class="utrecht-link hv-header__stop">
          {translator.t('layout.stop')}
        </RouteLink>
        <DisplaySettings />
      </div>
    </header>
  );
}

function Help() {
  const translator = useTranslator();
  return (
    <aside class="hv-help" aria-labelledby="hulp-titel">
      <h2 class="utrecht-heading-2 hv-help__title" id="hulp-titel">
        {translator.t('help.title')}
      </h2>
      <p class="utrecht-paragraph">{translator.t('help.askStaff')}</p>
      <p class="utrecht-paragraph">
        {translator.t('help.call')}{' '}
        <a class="utrecht-link" href={municipality.phoneHref}>
          {municipality.phone}
        </a>
        . {translator.t('desk.hours')}
      </p>
    </aside>
  );
}
