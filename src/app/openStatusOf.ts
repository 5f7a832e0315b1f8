import { navigate } from './router';

/** A receipt's reference and status code, handed from the staff's list to the status page. */
export interface StatusLookupHandOver {
  readonly reference: string;
  readonly statusCode: string;
}

let handedOver: StatusLookupHandOver | undefined;

/**
 * Opens the status page for a receipt kept on this tablet, without anyone typing its code: the
 * code goes to the page in memory, never into the address, so the tablet's history keeps none.
 */
export function openStatusOf(receipt: StatusLookupHandOver): void {
  handedOver = { reference: receipt.reference, statusCode: receipt.statusCode };
  navigate({ name: 'status' });
}

/** What `openStatusOf` handed over, once: a later visit to the page starts empty. */
export function takeHandedOverStatus(): StatusLookupHandOver | undefined {
  const taken = handedOver;
  handedOver = undefined;
  return taken;
}
