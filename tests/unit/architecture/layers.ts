/**
 * The layers of the tablet app, lowest first: the one place they are defined (README.md,
 * "Architecture", describes them). A folder of `src/` may import from folders in lower layers only,
 * never from its own layer's other folders or from above; so no two folders can import each other,
 * even by way of others. A new folder gets a row here, or the import-rule test fails.
 */
export const LAYERS: ReadonlyArray<{ readonly layer: string; readonly folders: readonly string[] }> = [
  { layer: 'foundation: plain rules and helpers that know no permit', folders: ['validation', 'observable', 'crypto', 'receipt', 'settings'] },
  { layer: 'form engine', folders: ['wizard'] },
  { layer: 'what the engine runs on', folders: ['definitions', 'intake', 'attachments', 'privacy', 'readAloud', 'status'] },
  { layer: 'texts and the device database', folders: ['i18n', 'deviceDatabase', 'addressLookup'] },
  { layer: 'what the tablet keeps, and the back office worklist\'s client', folders: ['drafts', 'staff', 'preferences', 'backOffice'] },
  { layer: 'sending and the question components', folders: ['outbox', 'fields'] },
  { layer: 'the application in progress, the service worker', folders: ['application', 'sw'] },
  { layer: 'the shell: composition root, routes and screens', folders: ['app'] },
];
