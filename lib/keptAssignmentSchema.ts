import './zodConfig';
import * as z from 'zod/mini';
import { AssignmentWithOwnSchema } from './ownAssignmentLink';

/**
 * An assignment as the teacher's device keeps it: the link's settings with the teacher's own questions as the link
 * carries them (what the students take, and the gradebook grades against), when it was made, and when it was closed.
 * A module of its own, so that what works on kept assignments (lib/keptAssignment.ts) loads without zod, which loads
 * only to read records a device has.
 */
export const KeptAssignmentSchema = z.strictObject({
  assignment: AssignmentWithOwnSchema,
  createdAt: z.int(),
  /** Closed: the teacher takes no more results for it (its drop box, if it had one, is deleted). */
  closedAt: z.optional(z.int()),
});

export type KeptAssignment = z.infer<typeof KeptAssignmentSchema>;
