/** A document of the PDOK Locatieserver for `type:adres`, with the fields the stand-in fills. */
export type PdokAddressDoc = Readonly<Record<string, string | number>>;

interface Building {
  readonly street: string;
  readonly postcode: string;
  readonly houseNumber: number;
  readonly city: string;
  readonly municipality: string;
  readonly municipalityCode: string;
  /** `[longitude, latitude]`. */
  readonly point: readonly [number, number];
  /** Letter and addition of each address at this number; `{}` is the number itself. */
  readonly units: ReadonlyArray<{ readonly letter?: string; readonly addition?: string }>;
}

/**
 * The built-in test addresses (made up, in the shape of the BAG): one address at a number, a
 * number with a house letter and an addition (a choice), and a block of flats with more additions
 * than the wizard lists. Any other postcode, such as 9999 ZZ, finds nothing.
 */
const buildings: readonly Building[] = [
  { street: 'Dorpsstraat', postcode: '1234AB', houseNumber: 12, city: 'Utrecht', municipality: 'Utrecht', municipalityCode: '0344', point: [5.1214, 52.0907], units: [{}] },
  { street: 'Croeselaan', postcode: '3521AZ', houseNumber: 10, city: 'Utrecht', municipality: 'Utrecht', municipalityCode: '0344', point: [5.1103, 52.0853], units: [{}] },
  {
    street: 'Damrak',
    postcode: '1011AB',
    houseNumber: 105,
    city: 'Amsterdam',
    municipality: 'Amsterdam',
    municipalityCode: '0363',
    point: [4.8945, 52.3746],
    units: [{}, { letter: 'A' }, { addition: '2' }],
  },
  {
    street: 'Padualaan',
    postcode: '3584CS',
    houseNumber: 50,
    city: 'Utrecht',
    municipality: 'Utrecht',
    municipalityCode: '0344',
    point: [5.1731, 52.0857],
    units: Array.from({ length: 14 }, (_, index) => ({ addition: String(index + 1) })),
  },
];

/** Every stand-in address as PDOK would send it (all fields the stand-in knows). */
export const standInAddresses: readonly PdokAddressDoc[] = buildings.flatMap((building, buildingIndex) =>
  building.units.map(({ letter, addition }, unitIndex) => {
    const houseText = `${building.houseNumber}${letter ?? ''}${addition ? `-${addition}` : ''}`;
    const serial = String(buildingIndex * 100 + unitIndex + 1).padStart(6, '0');
    const [longitude, latitude] = building.point;
    return {
      type: 'adres',
      bron: 'BAG',
      id: `adr-standin-${serial}`,
      weergavenaam: `${building.street} ${houseText}, ${building.postcode} ${building.city}`,
      straatnaam: building.street,
      huisnummer: building.houseNumber,
      ...(letter ? { huisletter: letter } : {}),
      ...(addition ? { huisnummertoevoeging: addition } : {}),
      huis_nlt: houseText,
      postcode: building.postcode,
      woonplaatsnaam: building.city,
      gemeentenaam: building.municipality,
      gemeentecode: building.municipalityCode,
      centroide_ll: `POINT(${longitude} ${latitude})`,
      nummeraanduiding_id: `${building.municipalityCode}200000${serial}`,
      adresseerbaarobject_id: `${building.municipalityCode}010000${serial}`,
    };
  }),
);
