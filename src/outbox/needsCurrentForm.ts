import type { OutboxItem } from '../deviceDatabase';

/**
 * Whether the service no longer accepts the version of the form the item was filled in with: it
 * can only go once the person has taken it back into the current form (`reopenInCurrentForm`).
 */
export function needsCurrentForm(item: OutboxItem): boolean {
  return item.state.kind === 'needsAction' && item.state.reason === 'formChanged';
}
