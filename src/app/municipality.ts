/**
 * The municipality and its help desk: data a municipality replaces, like the theme. Opening
 * hours and the desk's name are texts in the catalogues (`desk.*`), so they are translated.
 */
export const municipality = {
  /** Shown in page titles and the header. */
  name: 'Gemeente Voorbeeld',
  /** The desk's phone number, as people dial it. */
  phone: '14 020',
  /** `tel:` link target. */
  phoneHref: 'tel:14020',
  email: 'hulploket@voorbeeld.nl',
} as const;
