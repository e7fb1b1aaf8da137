import { useMemo } from 'react';
import type { Decoded } from '@/lib/assignment';
import type { QuestionsFor, Receipt } from '@/lib/receipt';

/**
 * Reads result links against the questions they answer. The receipt's rules (and zod) load with the first link
 * read, not with the page: a gradebook or scanner opened with nothing to import never loads them.
 */
export function useReceiptReader(
  questions: QuestionsFor | null,
): ((token: string) => Promise<Decoded<Receipt>>) | null {
  return useMemo(() => {
    if (!questions) return null;
    let reader: Promise<(token: string) => Promise<Decoded<Receipt>>> | null = null;
    return async (token: string) => {
      reader ??= import('@/lib/receipt').then(({ receiptReader }) => receiptReader(questions));
      return (await reader)(token);
    };
  }, [questions]);
}
