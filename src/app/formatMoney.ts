/** An amount in euro cents as people read it: "€ 48,95" in Dutch, "€48.95" in English. */
export function formatMoney(amountCents: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(amountCents / 100);
}
