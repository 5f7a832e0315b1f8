import type { JsonObject } from './JsonValue';

/** Every kind of object the provider keeps, by the name of its collection. */
export type ZgwKind =
  | 'catalogussen'
  | 'zaaktypen'
  | 'roltypen'
  | 'statustypen'
  | 'resultaattypen'
  | 'informatieobjecttypen'
  | 'zaken'
  | 'rollen'
  | 'statussen'
  | 'resultaten'
  | 'zaakinformatieobjecten'
  | 'enkelvoudiginformatieobjecten';

/** All kinds, in the order a catalogus and a zaak are built. */
export const ZGW_KINDS: readonly ZgwKind[] = [
  'catalogussen',
  'zaaktypen',
  'roltypen',
  'statustypen',
  'resultaattypen',
  'informatieobjecttypen',
  'zaken',
  'rollen',
  'statussen',
  'resultaten',
  'zaakinformatieobjecten',
  'enkelvoudiginformatieobjecten',
];

/** An object as the provider serves it (`data`, the API's representation), with its identity. */
export interface StoredObject {
  readonly uuid: string;
  readonly url: string;
  readonly data: JsonObject;
}

/** The provider's in-memory state: objects per kind in creation order, and document contents as bytes. */
export class ZgwState {
  private readonly objects = new Map<ZgwKind, Map<string, StoredObject>>(ZGW_KINDS.map((kind) => [kind, new Map()]));
  /** `inhoud` of each enkelvoudiginformatieobject, by uuid, as the bytes the client sent base64-encoded. */
  readonly contents = new Map<string, Buffer>();
  private readonly numbers = new Map<string, number>();

  add(kind: ZgwKind, object: StoredObject): StoredObject {
    this.collection(kind).set(object.uuid, object);
    return object;
  }

  get(kind: ZgwKind, uuid: string): StoredObject | undefined {
    return this.collection(kind).get(uuid);
  }

  /** The object of `kind` whose `url` is `url`, as a reference in a request names it. */
  byUrl(kind: ZgwKind, url: unknown): StoredObject | undefined {
    if (typeof url !== 'string') return undefined;
    for (const object of this.collection(kind).values()) if (object.url === url) return object;
    return undefined;
  }

  list(kind: ZgwKind): StoredObject[] {
    return [...this.collection(kind).values()];
  }

  /** The next generated identificatie, in Open Zaak's form `<PREFIX>-<year>-<10 digits>` (`ZAAK`, `DOCUMENT`). */
  nextIdentificatie(prefix: 'ZAAK' | 'DOCUMENT', year: number): string {
    const number = (this.numbers.get(prefix) ?? 0) + 1;
    this.numbers.set(prefix, number);
    return `${prefix}-${year}-${String(number).padStart(10, '0')}`;
  }

  clear(): void {
    for (const collection of this.objects.values()) collection.clear();
    this.contents.clear();
    this.numbers.clear();
  }

  private collection(kind: ZgwKind): Map<string, StoredObject> {
    const collection = this.objects.get(kind);
    if (!collection) throw new Error(`Unknown kind ${kind}`);
    return collection;
  }
}
