import { useEffect, useState } from 'react';
import type { Quiz } from '@/lib/content/schema';

export type QuestionBank = { status: 'loading' } | { status: 'ready'; quizzes: Quiz[] } | { status: 'failed' };

/** Where the prerendered question bank is served (app/bank.json/route.ts). */
const BANK_FILE_PATH = '/bank.json';
/** Where the sources' paragraphs are served (app/source-texts.json/route.ts). */
const SOURCE_TEXTS_PATH = '/source-texts.json';

const pending = new Map<string, Promise<unknown>>();

/**
 * A prerendered file of the app's content, fetched once a page load from the same origin (offline, from the service
 * worker's cache). It is trusted without a schema check, so zod's schemas never load for it, because `integrity` is
 * the SHA-256 of the very file this page's build wrote from content that passed every rule (lib/content/bankFile.ts):
 * the browser refuses any other bytes, whether a host's error page, a proxy's edit or another build's bank.
 */
function loadContentFile<T>(path: string, integrity: string): Promise<T> {
  const loading =
    pending.get(path) ??
    fetch(path, { integrity })
      .then((response) => {
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        return response.json() as Promise<T>;
      })
      .catch((error: unknown) => {
        pending.delete(path); // the next page that needs the file asks again
        throw error;
      });
  pending.set(path, loading);
  return loading as Promise<T>;
}

/** The sources' paragraphs, by source id: what a teacher's own questions are checked against. */
export function loadSourceTexts(integrity: string): Promise<Record<string, string[]>> {
  return loadContentFile(SOURCE_TEXTS_PATH, integrity);
}

/** The whole question bank, fetched once a page load: for a page that needs it only when the user acts. */
export function loadQuestionBank(integrity: string): Promise<Quiz[]> {
  return loadContentFile(BANK_FILE_PATH, integrity);
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
