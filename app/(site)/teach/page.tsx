import type { Metadata } from 'next';
import PageLink from '@/components/ui/PageLink';
import AssignmentBuilder from '@/components/teach/AssignmentBuilder';
import { questionBankFile } from '@/lib/content/bankFile';
import { loadQuizzes } from '@/lib/content/load';
import { quizListings } from '@/lib/content/outline';

export const metadata: Metadata = { title: 'Assign a quiz' };

export default function TeachPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Assign a quiz</h1>
      <p className="mt-2 text-slate-700">
        Choose questions, make a link, hand it out. No accounts: students send their results back as links, which you
        collect in{' '}
        <PageLink href="/teach/results" className="text-blue-900 underline">
          the gradebook
        </PageLink>
        . Every link you make is kept in{' '}
        <PageLink href="/teach/assignments" className="text-blue-900 underline">
          My assignments
        </PageLink>
        . To ask something the bank does not,{' '}
        <PageLink href="/teach/write" className="text-blue-900 underline">
          write your own question
        </PageLink>{' '}
        on the article.
      </p>
      <div className="mt-6">
        <AssignmentBuilder quizzes={quizListings(loadQuizzes())} bank={questionBankFile().integrity} />
      </div>
    </>
  );
}
