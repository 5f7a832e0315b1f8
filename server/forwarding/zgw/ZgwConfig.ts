/** How one permit is registered: names in the municipality's catalogus (Catalogi API). */
export interface ZgwPermitConfig {
  /** The zaaktype's `identificatie`, e.g. `GPK-AANVRAAG`. */
  readonly zaaktype: string;
  /** `omschrijving` of the informatieobjecttype of the application form (PDF). */
  readonly applicationDocumentType: string;
  /** `omschrijving` of the informatieobjecttype of each attachment. */
  readonly attachmentDocumentType: string;
  /** `omschrijving` of the informatieobjecttype of the answers as JSON; default `applicationDocumentType`. */
  readonly dataDocumentType?: string;
  /** `omschrijving` of the roltype of the employee who helped at the desk. */
  readonly employeeRoleDescription: string;
}

/** When to stop retrying by itself and wait for staff. */
export interface ZgwRetryPolicy {
  /** Tries before an application waits as "needs action"; default 12. */
  readonly maxAttempts: number;
  /** Hours after receipt after which it waits as "needs action" whatever the tries; default 72. */
  readonly giveUpAfterHours: number;
  /** Wait before the second try (seconds); doubled each try, with jitter; default 30. */
  readonly firstDelaySeconds: number;
  /** Longest wait between two tries (minutes); default 60. */
  readonly maxDelayMinutes: number;
  /**
   * How long one try may take before another forwarder may take the application over, presumed
   * dead (seconds); default 600. Longer than the slowest whole registration, so two forwarders
   * never work on one application at once.
   */
  readonly leaseSeconds: number;
}

/**
 * Where and how applications are registered as zaken (`ZGW_CONFIG`, a JSON file; README
 * "Forwarding to the case system"). The three API roots end in their version, e.g.
 * `https://zaken.example/zaken/api/v1`.
 */
export interface ZgwConfig {
  readonly zakenApi: string;
  readonly documentenApi: string;
  readonly catalogiApi: string;
  /** The client id and secret the case system knows this service by (JWT-Claims, HS256). */
  readonly clientId: string;
  readonly secret: string;
  /** RSIN of the municipality: `bronorganisatie` and `verantwoordelijkeOrganisatie`. */
  readonly rsin: string;
  /** The catalogus the zaaktypen are in. */
  readonly catalogus: { readonly domein: string; readonly rsin: string };
  /** Per permit id (`src/definitions/<id>`); a permit not named here waits as "needs action". */
  readonly permits: Readonly<Record<string, ZgwPermitConfig>>;
  /** The desk named in the first status's toelichting; default "Hulploket Vergunningen". */
  readonly desk: string;
  /** Longest wait for one call to the case system (seconds); default 20. */
  readonly requestTimeoutSeconds: number;
  /** How long the catalogus's types are kept before they are asked again (minutes); default 60. */
  readonly catalogueCacheMinutes: number;
  /**
   * How often the zaak of each registered application is read for the status page (seconds); default 300.
   * Each zaak is read about this often, the reads of all zaken spread over the interval.
   */
  readonly statusPollSeconds: number;
  readonly retry: ZgwRetryPolicy;
}
