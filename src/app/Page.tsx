import { createContext, type ComponentChildren, type RefObject } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import { Layout } from './Layout';
import { municipality } from './municipality';
import { hasNavigatedInApp } from './router';
import type { Route } from './routes';
import { useTranslator } from './TranslatorContext';

/** The page's heading element, for its `PageHeading` wherever the screen puts it. */
const HeadingContext = createContext<RefObject<HTMLHeadingElement> | undefined>(undefined);

export interface PageContentProps {
  /** What the page is, as the first part of `document.title`; usually what its heading says. */
  readonly title: string;
  /** The permit of the application the page belongs to: the title then names it ("Aanvraag …"). */
  readonly permitTitle?: string;
  /** The page shows errors: the title starts with "Fout:" (docs/accessibility.md, point 5). */
  readonly hasErrors?: boolean;
  /** Which page this is: a new key after an in-app navigation moves focus to the heading again. */
  readonly pageKey: string;
  /**
   * The heading, when the screen needs it too (to focus it itself) or it is not a `PageHeading`
   * (a step's only question is its heading).
   */
  readonly headingRef?: RefObject<HTMLHeadingElement>;
  readonly children: ComponentChildren;
}

export interface PageProps extends PageContentProps {
  /** Where the back link before `<main>` leads; none when the page has no way back. */
  readonly back?: Route;
}

/**
 * A page of the app in its frame (`Layout`), see `PageContent`. On the first load focus stays
 * where the browser puts it.
 */
export function Page({ back, ...content }: PageProps) {
  return (
    <Layout back={back}>
      <PageContent {...content} />
    </Layout>
  );
}

/**
 * What a page shows inside its frame: sets `document.title` ("Onderwerp – Aanvraag X –
 * Gemeente", with "Fout:" before it while errors show) and, after a navigation inside the app,
 * moves focus to the page's `<h1>`, so a screen reader announces the new page like a real page
 * load (WCAG 2.4.2, 2.4.3). Pages that follow each other in the same frame (the steps and the
 * check page, in a `StayingFrame`) show only this, so the header and help are not built anew per page.
 */
export function PageContent({ title, permitTitle, hasErrors = false, pageKey, headingRef, children }: PageContentProps) {
  const translator = useTranslator();
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownHeading;
  const parts = [title, ...(permitTitle === undefined ? [] : [translator.t('title.application', { permit: permitTitle })]), municipality.name].join(' – ');
  const documentTitle = hasErrors ? `${translator.t('error.titlePrefix')} ${parts}` : parts;
  // Before the frame is painted, not after it (as `useEffect` would): the screen reader hears the new
  // page as soon as it is in the document, and the frame is drawn once, with the focus in place.
  // Declared before the title's effect, so it runs first: the focus is what a person waits for.
  useLayoutEffect(() => {
    if (hasNavigatedInApp()) heading.current?.focus();
  }, [pageKey]);
  useLayoutEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return <HeadingContext.Provider value={heading}>{children}</HeadingContext.Provider>;
}

/**
 * The page's `<h1>`: focusable by script only (`tabindex="-1"`), so focus can land on it after a
 * navigation without adding a stop to the tab order.
 */
export function PageHeading({ describedBy, children }: { describedBy?: string | undefined; children: ComponentChildren }) {
  const heading = useContext(HeadingContext);
  return (
    <h1 class="utrecht-heading-1" tabIndex={-1} ref={heading} aria-describedby={describedBy}>
      {children}
    </h1>
  );
}
