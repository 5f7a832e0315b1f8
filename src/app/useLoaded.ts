import { useEffect, useState } from 'preact/hooks';
import type { Lazy } from './lazily';

/** The lazily loaded part once it is there: `undefined` first, then a render with it. */
export function useLoaded<T>(lazy: Lazy<T>): T | undefined {
  const [value, setValue] = useState(lazy.loaded);
  useEffect(() => {
    if (value === undefined) void lazy.load().then((loaded) => setValue(() => loaded));
  }, [lazy]);
  return value;
}
