/** A request the drop box refuses: the HTTP status, and one plain sentence a teacher or student can read. */
export class DropBoxError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** For a 429: how long until the request would be accepted. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DropBoxError';
  }
}
