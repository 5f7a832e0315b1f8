import type { OutboxItem } from '../deviceDatabase';

/**
 * Whether the person may change the answers of a queued application: only once the service refused
 * them (422) or a file (413/415). While it waits to go by itself, a change would race the sender,
 * so the wizard's pages lead to its status instead.
 */
export function canChangeAnswers(item: OutboxItem): boolean {
  return item.state.kind === 'needsAction' && (item.state.reason === 'rejected' || item.state.reason === 'fileRefused');
}
