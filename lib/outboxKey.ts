/** Where a student's sealed results wait for the drop box; read by every page to retry, so kept apart from the schema. */
export const OUTBOX_KEY = 'sourcecheck-outbox';
