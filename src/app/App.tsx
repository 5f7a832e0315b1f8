import { useEffect, useMemo } from 'preact/hooks';
import { applications, getApplication, restoringApplications } from '../application';
import { canChangeAnswers, type OutboxStatus } from '../outbox';
import { useStore } from './useStore';
import { deskSteps, findDefinition, onBehalfStep } from '../definitions';
import { createTranslator } from '../i18n';
import { useCatalogue } from './useCatalogue';
import { useDisplayPreferences } from './useDisplayPreferences';
import { language } from '../preferences';
import type { PermitDefinition } from '../wizard';
import { navigate, useRoute } from './router';
import type { Route } from './routes';
import {
  CheckAnswersScreen,
  ConfirmationScreen,
  ConsentScreen,
  DraftsScreen,
  SharedStepScreen,
  QueuedScreen,
  ResumeScreen,
  SaveForLaterScreen,
  StaffAddScreen,
  StaffSignInScreen,
  StepScreen,
  StopScreen,
} from './wizardScreens';
import { BackOfficeScreen } from './backOfficeScreen';
import { StatusScreen } from './statusScreen';
import { LinkDeviceScreen } from './screens/LinkDeviceScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { PrivacyCover } from './PrivacyCover';
import { StayingFrame } from './Layout';
import { StartScreen } from './screens/StartScreen';
import { TranslatorContext } from './TranslatorContext';
import { DutchAlongsideContext } from './DutchAlongsideContext';
import { useDutchAlongsideTranslator } from './useDutchAlongsideTranslator';
import { useTablet } from './TabletContext';


/** The app shell: the language of the visit and the page for the current address. */
export function App() {
  const { outbox, intakeClient: client } = useTablet();
  const route = useRoute();
  // A permit's pages need its questions' texts, the status page and the list with receipts the
  // status texts; the start screen only the permits' titles (see useCatalogue).
  const { locale, catalogue, ready } = useCatalogue(useStore(language), 'permitId' in route || route.name === 'status' || route.name === 'drafts');
  const translator = useMemo(() => createTranslator(locale, catalogue), [catalogue]);
  useDisplayPreferences(translator);
  const dutchAlongside = useDutchAlongsideTranslator(locale, 'permitId' in route);
  // The outbox sends by itself while the app is open: now, on `online`, and when a retry is due.
  useEffect(() => outbox.start(client, window), [client]);
  return (
    <TranslatorContext.Provider value={translator}>
      <DutchAlongsideContext.Provider value={dutchAlongside}>
      {ready && (
        // The privacy cover hides answers on a shared tablet; the worklist shows none (references only).
        <PrivacyCover guarded={route.name !== 'start' && route.name !== 'stop' && route.name !== 'notFound' && route.name !== 'linkDevice' && route.name !== 'backOffice'}>
          <CurrentScreen route={route} />
        </PrivacyCover>
      )}
      </DutchAlongsideContext.Provider>
    </TranslatorContext.Provider>
  );
}

function CurrentScreen({ route }: { route: Route }) {
  const { outbox } = useTablet();
  useStore(applications);
  const status = useStore(outbox.status);
  // Until the drafts are read, a permit's page would start a fresh application in place of the one in progress.
  const waiting = useStore(restoringApplications) && 'permitId' in route;
  const redirect = waiting ? undefined : redirectFor(route, status);
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect && JSON.stringify(redirect)]);
  if (waiting || redirect) return null;

  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'linkDevice':
      return <LinkDeviceScreen />;
    case 'notFound':
      return <NotFoundScreen />;
    case 'resume':
      return <ResumeScreen />;
    case 'drafts':
      return <DraftsScreen />;
    case 'stop':
      return <StopScreen />;
    case 'staffSignIn':
      return <StaffSignInScreen />;
    case 'staffAdd':
      return <StaffAddScreen />;
    case 'backOffice':
      return <BackOfficeScreen />;
    case 'status':
      return <StatusScreen />;
    default: {
      const permit = findDefinition(route.permitId);
      if (!permit) return <NotFoundScreen />;
      const application = getApplication(permit.id);
      if (route.name === 'sent') {
        if (application.receipt) return <ConfirmationScreen permit={permit} receipt={application.receipt} sentAnswers={application.sentAnswers} helperName={application.helper?.staffName} payment={application.sentPayment} />;
        const queued = status.items.find((item) => item.draftId === application.draftId);
        return queued ? <QueuedScreen permit={permit} item={queued} status={status} /> : <NotFoundScreen />;
      }
      if (route.name === 'consent') return <ConsentScreen permit={permit} />;
      if (route.name === 'saveForLater') return <SaveForLaterScreen permit={permit} application={application} />;
      // The steps and the check page follow each other in one frame, kept from page to page.
      if (route.name === 'check') return <StayingFrame><CheckAnswersScreen permit={permit} application={application} /></StayingFrame>;
      // "On whose behalf" before every permit's own steps and the desk's after them, at step addresses of their own.
      if (route.stepId === onBehalfStep.id || deskSteps.some((desk) => desk.id === route.stepId)) {
        return <StayingFrame><SharedStepScreen permit={permit} stepId={route.stepId} application={application} fromCheck={route.fromCheck} /></StayingFrame>;
      }
      const step = permit.steps.find((candidate) => candidate.id === route.stepId);
      if (!step) return <NotFoundScreen />;
      // Not keyed by step: the screen keys only the step's form (see `StepScreen`).
      return <StayingFrame><StepScreen permit={permit} step={step} application={application} fromCheck={route.fromCheck} /></StayingFrame>;
    }
  }
}

/**
 * Where a page may not be shown as addressed: no question before the citizen's consent, and the
 * consent once given leads to the first question ("on whose behalf"); after sending, Back leads to the receipt, never to
 * a page that could send again; while the application waits in the outbox to go by itself, its
 * pages lead to its status (a change now would race the sender). A step the answers switched off
 * is the step screen's to redirect: knowing which needs the form engine, which the first screen
 * does not load.
 */
function redirectFor(route: Route, status: OutboxStatus): Route | undefined {
  if (route.name !== 'step' && route.name !== 'check' && route.name !== 'consent') return undefined;
  const permit: PermitDefinition | undefined = findDefinition(route.permitId);
  if (!permit) return undefined;
  const application = getApplication(permit.id);
  if (application.receipt) return { name: 'sent', permitId: permit.id };
  if (route.name === 'consent') {
    return application.consent ? { name: 'step', permitId: permit.id, stepId: onBehalfStep.id, fromCheck: false } : undefined;
  }
  if (!application.consent) return { name: 'consent', permitId: permit.id };
  const queued = status.items.find((item) => item.draftId === application.draftId);
  return queued && !canChangeAnswers(queued) ? { name: 'sent', permitId: permit.id } : undefined;
}
