import { autosaver, draftStore } from '../../application';
import { createAppUpdate } from './createAppUpdate';

/** This page's app update: saves through the page's autosaver, reloads the page. */
export const appUpdate = createAppUpdate({
  async saveAnswers() {
    await autosaver.flush();
    // "Saved before" is not enough: a reload would lose the latest change (or all, in memory only).
    const { kind } = draftStore.status.get();
    return kind !== 'failed' && kind !== 'quotaExceeded' && kind !== 'unavailable';
  },
  reload: () => window.location.reload(),
});
