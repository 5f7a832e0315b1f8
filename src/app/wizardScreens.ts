import { lazyScreen } from './lazyScreen';

// The wizard's screens carry the form library and the fields: they load when first needed.
export const StepScreen = lazyScreen(() => import('./screens/StepScreen').then((module) => module.StepScreen));
export const CheckAnswersScreen = lazyScreen(() => import('./screens/CheckAnswersScreen').then((module) => module.CheckAnswersScreen));
export const ConfirmationScreen = lazyScreen(() => import('./screens/ConfirmationScreen').then((module) => module.ConfirmationScreen));

/** Fetches the wizard's code while the person reads the start screen, so the first step is instant. */
export async function preloadWizardScreens(): Promise<void> {
  await Promise.all([StepScreen.preload(), CheckAnswersScreen.preload(), ConfirmationScreen.preload()]);
}
