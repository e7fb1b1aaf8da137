// Apart from lib/dropBoxRequests.ts so that pages which only say whether there is a drop box do not carry its calls.

/** Whether this copy of the app runs with its server; the static export has no drop box. */
export const DROP_BOX_AVAILABLE = process.env.NEXT_PUBLIC_DROP_BOX === '1';

/** How long the server keeps a box (lib/dropBox/boxes.ts decides), as the pages tell the teacher. */
export const BOX_KEPT_AFTER_DUE = '4 weeks after its due date (8 weeks after it was made, without one)';
