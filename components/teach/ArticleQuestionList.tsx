'use client';

import { useState } from 'react';
import DownloadButton from '@/components/ui/DownloadButton';
import MyQuestionItem from '@/components/teach/MyQuestionItem';
import { articleFile, type TeacherArticleRecord } from '@/lib/articleQuestions';
import type { ArticleQuestion } from '@/lib/content/article';

/**
 * The questions written on the teacher's article, kept on this device with it: edit, delete, download the article
 * and its questions as one file, open such a file back. A bank quiz file cannot hold them, and the page says so.
 */
export default function ArticleQuestionList({
  record,
  onEdit,
  onDelete,
}: {
  record: TeacherArticleRecord;
  onEdit: (question: ArticleQuestion) => void;
  onDelete: (question: ArticleQuestion) => Promise<void>;
}) {
  const [status, setStatus] = useState('');
  const { questions, article } = record;
  return (
    <section aria-labelledby="article-questions-heading" className="mt-8">
      <h2 id="article-questions-heading" className="text-lg font-semibold">
        My questions on this article
      </h2>
      <p className="text-sm text-slate-700">
        Kept on this device only, with the article. A quiz file of the bank holds only questions on the bank’s NPR
        article, so these download with their article as a file of their own, which “Open an article file” below brings
        back.
      </p>
      {questions.length === 0 && <p className="mt-2">No questions written on it yet.</p>}
      <ul className="mt-2 space-y-3">
        {questions.map((question) => (
          <MyQuestionItem
            key={question.id}
            question={question}
            onEdit={() => onEdit(question)}
            onDelete={() =>
              void onDelete(question).catch(() => setStatus('Not deleted: this browser would not change it.'))
            }
          />
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-3">
        <DownloadButton
          label="Download the article and its questions"
          file={() => ({ name: `${article.id}.json`, text: articleFile(record), type: 'application/json' })}
        />
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
