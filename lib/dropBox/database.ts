// The drop box's storage: PostgreSQL, embedded (PGlite, PostgreSQL compiled to WebAssembly) or a real server. Both
// speak the same SQL, so the drop box is written once against this interface and each backend only adapts it.

/** Something that runs one statement: the database itself, or a transaction in progress. */
export interface Queryable {
  /** Runs one statement with $1, $2, … bound to `params`, and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
