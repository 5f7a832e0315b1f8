import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { DisplaySettings } from './DisplaySettings';
import { municipality } from './municipality';
import { OnlineStatus } from './OnlineStatus';
import { RouteLink } from './RouteLink';
import type { Route } from './routes';
import { StorageUnavailableWarning } from './SaveStatus';
import { StaffBadge } from './StaffBadge';
import { UpdateBanner } from './serviceWorker';
import { useTranslator } from './TranslatorContext';

/**
 * The frame of every page: skip link, header with the display and language choices, the back link *before*
 * `<main>` (docs/accessibility.md, point 3), and help in the same place on every page (WCAG 3.2.6).
 */
export function Layout({ back, children }: { back?: Route; children: ComponentChildren }) {
  const translator = useTranslator();
  // The same element each time: Preact then leaves the header and the help as they are when a
  // frame that stays from step to step (see `StepScreen`) renders again for the next page, while
  // they still follow the language and the stores they read themselves (preact/src/diff: a vnode
  // strictly equal to the last one is skipped). Not `memo`: that would bring preact/compat to the first screen.
  const header = useMemo(() => <Header />, []);
  const help = useMemo(() => <Help />, []);
  return (
    <div class="hv-page">
      <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {translator.t('layout.skipToContent')}
      </a>
      {header}
      <div class="hv-container">
        {back && (
          // A landmark of its own, so screen-reader users who jump between landmarks find it too.
          <nav class="hv-back-nav" aria-label={translator.t('layout.backNavigation')}>
            <RouteLink to={back} class="utrecht-link hv-back-link">
              {translator.t('layout.back')}
            </RouteLink>
          </nav>
        )}
        <main id="inhoud" class="hv-main" tabIndex={-1}>
          <UpdateBanner />
          <StorageUnavailableWarning />
          {children}
        </main>
        {help}
      </div>
    </div>
  );
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
