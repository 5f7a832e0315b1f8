/**
 * A reference as the intake service gives it: `HV-<year>-<sequence>`, the sequence at least six
 * digits (`server/applications/referenceNumbers.ts` makes them). The one home of its shape, for
 * the service and for the status page that checks what a person typed before asking.
 */
export const REFERENCE_PATTERN = /^HV-(\d{4})-(\d{6,})$/;
