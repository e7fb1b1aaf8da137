import type { Metadata } from 'next';
import WriteQuestion from '@/components/teach/WriteQuestion';
import PageLink from '@/components/ui/PageLink';
import { loadClaims, loadQuizzes, loadSourceParagraphs } from '@/lib/content/load';
import { SOURCE_IDS } from '@/lib/content/sources';

export const metadata: Metadata = { title: 'Write a question' };

export default function WritePage() {
  const [sourceId] = SOURCE_IDS;
  return (
    <>
      <h1 className="text-2xl font-bold">Write a question</h1>
      <p className="mt-2 text-slate-700">
        Choose the words your question quotes from the article itself, so the quote is its exact words. Each question is
        checked as you write it by the rules every question in the bank keeps, and kept on this device. Back to{' '}
        <PageLink href="/teach" className="text-blue-900 underline">
          Assign a quiz
        </PageLink>
        .
      </p>
      <div className="mt-6">
        <WriteQuestion
          sourceId={sourceId}
          paragraphs={loadSourceParagraphs(sourceId)}
          claims={loadClaims()}
          quizzes={loadQuizzes()}
        />
      </div>
    </>
  );
}
