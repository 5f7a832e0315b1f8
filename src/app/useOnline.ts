import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the browser says it is online, kept up to date. `navigator.onLine` can say "online"
 * behind a dead network: use it to say something plainly, never to decide that a request worked.
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    update();
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}
