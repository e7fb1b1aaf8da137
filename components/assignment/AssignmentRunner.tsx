'use client';

import PageLink from '@/components/ui/PageLink';
import { useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import AssignmentSession from '@/components/assignment/AssignmentSession';
import OwnQuestionsNotice from '@/components/assignment/OwnQuestionsNotice';
import QuestionBankProblem from '@/components/ui/QuestionBankProblem';
import { assignmentPool, type Assignment, type Decoded } from '@/lib/assignment';
import { ownQuizzes } from '@/lib/ownQuizzes';
import { carriesOwnQuestions, decodeAssignment } from '@/lib/assignmentLink';
import { useLocationHash } from '@/hooks/useLocationHash';
import type { Article } from '@/lib/content/article';
import { loadSourceTexts, useQuestionBank } from '@/hooks/useQuestionBank';

type Read =
  | ((Decoded<Assignment> & { problems?: string[] }) & {
      /** Shows the quotes of the teacher's article (components/source/QuotedArticle), loaded only for a link with one. */
      QuotedArticle?: ComponentType<{ article: Article; children: ReactNode }>;
    })
  | null;

/**
 * A link of format 2 carries the teacher's own questions: it is inflated, and its questions checked against the
 * source's words, by code and text that load only for such a link.
 */
async function readOwnQuestionsLink(token: string, sources: string): Promise<NonNullable<Read>> {
  const [{ decodeAssignmentLink }, { checkOwnQuestions }] = await Promise.all([
    import('@/lib/ownAssignmentLink'),
    import('@/lib/ownQuestionCheck'),
  ]);
  const decoded = await decodeAssignmentLink(token);
  if (!decoded.ok) return decoded;
  try {
    const checked = checkOwnQuestions(decoded.value, await loadSourceTexts(sources));
    const QuotedArticle = checked.assignment.articles
      ? (await import('@/components/source/QuotedArticle')).default
      : undefined;
    return { ok: true, value: checked.assignment, problems: checked.problems, QuotedArticle };
  } catch {
    return {
      ok: false,
      reason: 'The article’s text could not be loaded to check your teacher’s questions. Reload the page to try again.',
    };
  }
}

/**
 * Opens the assignment in the link's fragment; a bad link gets a reason and a way to the plain quizzes. The
 * questions are fetched once the link has been read, so a link that cannot be opened says so at once.
 */
export default function AssignmentRunner({ bank: integrity, sources }: { bank: string; sources: string }) {
  const hash = useLocationHash();
  const plain = useMemo(() => (hash === null || carriesOwnQuestions(hash) ? null : decodeAssignment(hash)), [hash]);
  const [withOwn, setWithOwn] = useState<{ hash: string; read: NonNullable<Read> } | null>(null);
  useEffect(() => {
    if (hash === null || !carriesOwnQuestions(hash)) return;
    let current = true;
    void readOwnQuestionsLink(hash, sources).then((read) => current && setWithOwn({ hash, read }));
    return () => {
      current = false;
    };
  }, [hash, sources]);
  const decoded: Read = plain ?? (withOwn && withOwn.hash === hash ? withOwn.read : null);

  const bank = useQuestionBank(integrity, decoded?.ok === true);
  const opened = useMemo(() => {
    if (decoded === null || !decoded.ok) return decoded;
    if (bank.status !== 'ready') return null;
    const quizzes = [...bank.quizzes, ...ownQuizzes(decoded.value)];
    const pool = assignmentPool(decoded.value, quizzes);
    if (pool.ok && pool.value.length === 0)
      return {
        ok: false as const,
        reason: 'None of the questions in this link can be used. Ask your teacher for a new link.',
      };
    return pool.ok ? { ok: true as const, assignment: decoded.value, pool: pool.value, quizzes } : pool;
  }, [decoded, bank]);

  if (decoded?.ok && bank.status === 'failed') return <QuestionBankProblem />;
  if (opened === null) return <p className="text-slate-700">Opening the assignment…</p>;
  if (!opened.ok) {
    return (
      <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-4">
        <h2 className="font-semibold">This assignment link cannot be opened</h2>
        <p className="mt-1">{opened.reason}</p>
        {decoded?.ok && decoded.problems && decoded.problems.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {decoded.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <PageLink href="/" className="btn-secondary mt-3">
          Practice with the quizzes instead
        </PageLink>
      </div>
    );
  }
  const session = <AssignmentSession assignment={opened.assignment} pool={opened.pool} quizzes={opened.quizzes} />;
  return (
    <>
      {decoded?.ok && decoded.problems && decoded.problems.length > 0 && (
        <OwnQuestionsNotice problems={decoded.problems} remaining={opened.pool.length} />
      )}
      {decoded?.ok && decoded.QuotedArticle && opened.assignment.articles?.[0] ? (
        // The teacher's article, for the quotes of the questions on it (as text: components/source/ArticleInContext).
        <decoded.QuotedArticle article={opened.assignment.articles[0]}>{session}</decoded.QuotedArticle>
      ) : (
        session
      )}
    </>
  );
}
