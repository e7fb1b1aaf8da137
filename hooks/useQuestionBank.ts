import { useEffect, useState } from 'react';
import type { Quiz } from '@/lib/content/schema';

export type QuestionBank = { status: 'loading' } | { status: 'ready'; quizzes: Quiz[] } | { status: 'failed' };

/** Where the prerendered question bank is served (app/bank.json/route.ts). */
const BANK_FILE_PATH = '/bank.json';

let pending: Promise<Quiz[]> | undefined;

/**
 * The whole question bank, fetched once a page load from the same origin (offline, from the service worker's
 * cache). It is trusted without a schema check, so zod's schemas never load for it, because `integrity` is the
 * SHA-256 of the very file this page's build wrote from a bank that passed every content rule
 * (lib/content/bankFile.ts): the browser refuses any other bytes, whether a host's error page, a proxy's edit or
 * another build's bank.
 */
function loadQuestionBank(integrity: string): Promise<Quiz[]> {
  pending ??= fetch(BANK_FILE_PATH, { integrity })
    .then((response) => {
      if (!response.ok) throw new Error(`${BANK_FILE_PATH} answered ${response.status}`);
      return response.json() as Promise<Quiz[]>;
    })
    .catch((error: unknown) => {
      pending = undefined; // the next page that needs the bank asks again
      throw error;
    });
  return pending;
}

/**
 * The question bank once `needed`: loading, ready or failed. A failure is answered with a reload (see
 * QuestionBankProblem), which also cures what asking again could not: a new build deployed while the page was open.
 */
export function useQuestionBank(integrity: string, needed = true): QuestionBank {
  const [bank, setBank] = useState<QuestionBank>({ status: 'loading' });
  useEffect(() => {
    if (!needed) return;
    let current = true;
    loadQuestionBank(integrity).then(
      (quizzes) => current && setBank({ status: 'ready', quizzes }),
      () => current && setBank({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [integrity, needed]);
  return bank;
}
