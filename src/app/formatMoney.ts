import { numberFormat } from '../validation';

/** An amount in euro cents as people read it: "€ 48,95" in Dutch, "€48.95" in English. */
export function formatMoney(amountCents: number, tag: string): string {
  return numberFormat(tag, { style: 'currency', currency: 'EUR' }).format(amountCents / 100);
}
