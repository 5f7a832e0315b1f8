import { lazyScreen } from './lazyScreen';

// The wizard's screens carry the form library and the fields: they load when first needed.
// The questions come right after the consent page: their code is fetched with its own, while the person reads it.
export const ConsentScreen = lazyScreen(() => {
  void preloadStepScreens();
  return import('./screens/ConsentScreen').then((module) => module.ConsentScreen);
});
export const SharedStepScreen = lazyScreen(() => import('./screens/SharedStepScreen').then((module) => module.SharedStepScreen));
export const StepScreen = lazyScreen(() => import('./screens/StepScreen').then((module) => module.StepScreen));
export const CheckAnswersScreen = lazyScreen(() => import('./screens/CheckAnswersScreen').then((module) => module.CheckAnswersScreen));
export const ConfirmationScreen = lazyScreen(() => import('./screens/ConfirmationScreen').then((module) => module.ConfirmationScreen));
// The visit's pages: resume codes (with their slow key derivation), the drafts list, stopping.
export const QueuedScreen = lazyScreen(() => import('./screens/QueuedScreen').then((module) => module.QueuedScreen));
export const SaveForLaterScreen = lazyScreen(() => import('./screens/SaveForLaterScreen').then((module) => module.SaveForLaterScreen));
export const ResumeScreen = lazyScreen(() => import('./screens/ResumeScreen').then((module) => module.ResumeScreen));
export const DraftsScreen = lazyScreen(() => import('./screens/DraftsScreen').then((module) => module.DraftsScreen));
export const StopScreen = lazyScreen(() => import('./screens/StopScreen').then((module) => module.StopScreen));
// Staff sign-in and adding a colleague carry the PIN hashing: loaded only by staff.
export const StaffSignInScreen = lazyScreen(() => import('./screens/StaffSignInScreen').then((module) => module.StaffSignInScreen));
export const StaffAddScreen = lazyScreen(() => import('./screens/StaffAddScreen').then((module) => module.StaffAddScreen));
// The privacy clock, its warning and cover: on every page with something personal, none of them the first.
export const PrivacyGuard = lazyScreen(() => import('./PrivacyGuard').then((module) => module.PrivacyGuard));

/**
 * The code the questions need before they can show: the step screens and the privacy guard around
 * them. Fetched first for a reopened question, so the browser is not also busy with every other
 * screen of the wizard, and with the consent page, whose next page is the first question.
 */
export async function preloadStepScreens(): Promise<void> {
  await Promise.allSettled([PrivacyGuard, SharedStepScreen, StepScreen].map((screen) => screen.preload()));
}

/**
 * Fetches the wizard's code while the person reads the start screen, so the first step is instant.
 * Neither preload fails: a screen whose code did not arrive says so where it shows (`lazyScreen`).
 */
export async function preloadWizardScreens(): Promise<void> {
  await Promise.allSettled(
    [PrivacyGuard, ConsentScreen, SharedStepScreen, StepScreen, CheckAnswersScreen, ConfirmationScreen, QueuedScreen, SaveForLaterScreen, ResumeScreen, DraftsScreen, StopScreen, StaffSignInScreen, StaffAddScreen].map(
      (screen) => screen.preload(),
    ),
  );
}
