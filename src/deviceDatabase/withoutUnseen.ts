import type { StoredReceipt } from './Draft';

/** The receipt as kept once a screen has shown it. */
export function withoutUnseen(receipt: StoredReceipt): StoredReceipt {
  const { unseen: _unseen, ...seen } = receipt;
  return seen;
}
