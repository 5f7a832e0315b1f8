/** Thrown for a setting that cannot be used; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Exit code for a configuration error (sysexits.h EX_CONFIG), so a supervisor can tell it from a crash. */
export const CONFIG_ERROR_EXIT_CODE = 78;
