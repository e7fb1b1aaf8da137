let asked = false;

/**
 * Asks the browser, once a page, to keep this site's data when the device runs short of space: called when the
 * teacher or learner first has something worth keeping. The browser may say no; the page shows which it said.
 */
export function keepOnDevice(): void {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  asked = true;
  navigator.storage.persist().catch(() => undefined);
}
