import { useRef } from 'preact/hooks';
import { Layout } from '../Layout';
import { municipality } from '../municipality';
import { usePageTitleAndFocus } from '../pageFocus';
import { navigate } from '../router';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';

export function NotFoundScreen() {
  const translator = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(`${translator.t('notFound.title')} – ${municipality.name}`, heading, 'notFound');
  return (
    <Layout>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {translator.t('notFound.title')}
      </h1>
      <p class="utrecht-paragraph">
        <RouteLink to={{ name: 'start' }}>{translator.t('notFound.toStart')}</RouteLink>
      </p>
    </Layout>
  );
}
