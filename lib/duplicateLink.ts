// Apart from lib/keptAssignment.ts, whose schema (with the teacher's own questions) the builder loads only on use.

/** The builder's address that opens it prefilled from a kept assignment. */
export function duplicateLink(id: string): string {
  return `/teach#duplicate=${id}`;
}

export function duplicateOf(hash: string | null): string | null {
  return /^duplicate=([a-z0-9]{8})$/.exec(hash ?? '')?.[1] ?? null;
}
