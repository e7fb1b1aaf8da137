import { useSyncExternalStore } from 'react';
import { decodePercentEncoded } from '@/lib/encoding';

/** Tells when the URL fragment changes: for any hook that reads the address. */
export function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The URL fragment without '#', decoded, or null while rendering on the server, where there is none.
 * A fragment that is not valid percent-encoding comes back as best it can be read, never as an error.
 */
export function useLocationHash(): string | null {
  return useSyncExternalStore(
    subscribeToHash,
    () => decodePercentEncoded(window.location.hash.slice(1)),
    () => null,
  );
}
