/**
 * Content Security Policy for the wizard: only our own scripts, styles and connections, nothing
 * inline (XSS cannot run injected code), no framing (clickjacking), no plugins. `blob:`/`data:`
 * images allow previews of photos the person attaches.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

/**
 * Headers sent with every response, API and static alike (docs/intake.md: "security headers on
 * every response"). The camera stays available to our own pages so a person can photograph a
 * document; every other powerful feature is off.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=()',
  'x-frame-options': 'DENY',
};
