/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Days before a draft on a tablet is wiped (see `src/settings/buildSettings.ts`). */
  readonly VITE_DRAFT_EXPIRY_DAYS?: string;
  /** The desk sent with assisted applications (see `src/settings/buildSettings.ts`). */
  readonly DESK_LOCATION?: string;
  /** Minutes without activity before the privacy screen covers the answers (see `src/settings/buildSettings.ts`). */
  readonly VITE_PRIVACY_TIMEOUT_MINUTES?: string;
}
