import { Page, PageHeading } from '../Page';
import { navigate } from '../router';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';

export function NotFoundScreen() {
  const translator = useTranslator();
  return (
    <Page title={translator.t('notFound.title')} pageKey="notFound">
      <PageHeading>
        {translator.t('notFound.title')}
      </PageHeading>
      <p class="utrecht-paragraph">
        <RouteLink to={{ name: 'start' }}>{translator.t('notFound.toStart')}</RouteLink>
      </p>
    </Page>
  );
}
