import { useEffect } from 'preact/hooks';
import { applications, startApplication } from '../../application';
import { permits } from '../../definitions';
import { textKeys } from '../../wizard';
import { Page, PageHeading } from '../Page';
import { navigate } from '../router';
import { routePath } from '../routes';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';
import { preloadCatalogue } from '../useCatalogue';
import { preloadWizardScreens } from '../wizardScreens';
import { signedInStaff } from '../../staff';
import { useStore } from '../useStore';
import { lazyScreen } from '../lazyScreen';
import { whenIdle } from '../whenIdle';

// Loaded after the first paint: it shows only when a send finished unseen, and the first screen's budget is tight.
const UnseenReceipts = lazyScreen(() => import('../UnseenReceipts').then((module) => module.UnseenReceipts));

/** The list of permits, each with one plain sentence, and where to begin. */
export function StartScreen() {
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  // Not called off when the person leaves before the browser is idle: the next pages need it all the more.
  useEffect(() => void whenIdle(() => void Promise.allSettled([preloadWizardScreens(), preloadCatalogue()])), []);
  return (
    <Page title={translator.t('start.title')} pageKey="start">
      <PageHeading>
        {translator.t('start.title')}
      </PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('start.intro')}</p>
      <UnseenReceipts />
      <ul class="hv-permit-list">
        {permits.map(({ definition }) => {
          // Consent first; an application that has it goes on to its first question (App's redirect).
          const route = { name: 'consent', permitId: definition.id } as const;
          const descriptionId = `permit-${definition.id}-description`;
          return (
            <li class="hv-permit" key={definition.id}>
              <RouteLink
                to={route}
                class="utrecht-link hv-permit__link"
                aria-describedby={descriptionId}
                // After a sent application of this permit, the next person starts afresh. Read, not
                // made: while the drafts are still being read, one made here would replace the restored one.
                onFollow={() => applications.get()[definition.id]?.receipt && startApplication(definition.id)}
              >
                {translator.t(textKeys.permitTitle(definition))}
              </RouteLink>
              <p class="utrecht-paragraph hv-permit__description" id={descriptionId}>
                {translator.t(textKeys.permitDescription(definition))}
              </p>
            </li>
          );
        })}
      </ul>
      <h2 class="utrecht-heading-2">{translator.t('start.continueTitle')}</h2>
      <ul class="hv-link-list">
        <li>
          <RouteLink to={{ name: 'resume' }}>{translator.t('start.resumeWithCode')}</RouteLink>
        </li>
        <li>
          <RouteLink to={{ name: 'drafts' }}>{translator.t('start.draftsOnTablet')}</RouteLink>
        </li>
        <li>
          <RouteLink to={{ name: 'status' }}>{translator.t('start.status')}</RouteLink>
        </li>
        <li>
          {staff ? (
            <RouteLink to={{ name: 'staffAdd' }}>{translator.t('staff.add.title')}</RouteLink>
          ) : (
            <RouteLink to={{ name: 'staffSignIn' }}>{translator.t('start.staffSignIn')}</RouteLink>
          )}
        </li>
      </ul>
    </Page>
  );
}
