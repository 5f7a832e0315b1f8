/**
 * Debian's Chromium, as the browser tests drive it (`playwright.config.ts`); `CHROMIUM_PATH`
 * points at another one. Playwright's own browser download does not work here.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' flags: they keep Chromium off the (closed) network, so no background fetch,
 * component update or QUIC probe runs during a measurement.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * CPU slowdown for the interaction figures, through CDP `Emulation.setCPUThrottlingRate`: a
 * cheap tablet is several times slower than the machine the bench runs on; 4× is Lighthouse's
 * own mobile setting, so the figures compare with its TBT.
 */
export const CPU_THROTTLING_RATE = 4;
