import fc from 'fast-check';
import { readEnvelope } from '@/lib/progress/envelope';
import { migrateProgress, validateProgress } from '@/lib/progress/storage';
import { PROGRESS_VERSION } from '@/lib/progress/constants';

describe('reading stored state from outside the app’s control', () => {
  it('never throws, and trusts nothing that is not progress', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 3 })),
        ),
        (raw) => {
          const read = readEnvelope(raw, PROGRESS_VERSION);
          if (!read.ok) return;
          const progress = validateProgress(migrateProgress(read.envelope.state, read.envelope.version));
          if (progress)
            expect(Object.keys(progress).sort()).toEqual([
              'activeDays',
              'assignments',
              'quizzes',
              'review',
              'studentName',
            ]);
        },
      ),
    );
  });
});
