'use client';

import { useEffect, useState } from 'react';
import DownloadButton from '@/components/ui/DownloadButton';
import MyQuestionItem from '@/components/teach/MyQuestionItem';
import JsonFileButton from '@/components/ui/JsonFileButton';
import type { Question } from '@/lib/content/schema';
import { MY_QUIZ_ID, myQuizFile, readQuizFile, type QuestionContext } from '@/lib/teacherQuestions';
import { useTeacherQuestions, useTeacherQuestionsActions } from '@/store/teacherQuestions';

/** The questions the teacher has written, kept on this device: edit, delete, download as a quiz file, open one. */
export default function MyQuestions({
  context,
  onEdit,
}: {
  context: QuestionContext;
  onEdit: (question: Question) => void;
}) {
  const records = useTeacherQuestions((s) => s.questions);
  const loaded = useTeacherQuestions((s) => s.loaded);
  const problem = useTeacherQuestions((s) => s.problem);
  const { load, remove, keepAll } = useTeacherQuestionsActions();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void load();
  }, [load]);

  const questions = Object.values(records)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((r) => r.question);

  const open = async (file: File) => {
    try {
      const { questions: opened, problems } = readQuizFile(await file.text(), context, new Set(Object.keys(records)));
      if (opened.length > 0) await keepAll(opened);
      setStatus(
        [`Opened ${opened.length} question${opened.length === 1 ? '' : 's'} from ${file.name}.`, ...problems].join(' '),
      );
    } catch {
      setStatus(`Not opened: this browser would not read ${file.name} or keep its questions on this device.`);
    }
  };

  return (
    <section aria-labelledby="my-questions-heading" className="mt-8">
      <h2 id="my-questions-heading" className="text-lg font-semibold">
        My questions
      </h2>
      <p className="text-sm text-slate-700">Kept on this device only.</p>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
      {loaded && questions.length === 0 && <p className="mt-2">No questions written yet.</p>}
      <ul className="mt-2 space-y-3">
        {questions.map((question) => (
          <MyQuestionItem
            key={question.id}
            question={question}
            onEdit={() => onEdit(question)}
            onDelete={() =>
              void remove(question.id).catch(() => setStatus('Not deleted: this browser would not change it.'))
            }
          />
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-3">
        {questions.length > 0 && (
          <DownloadButton
            label="Download as a quiz file"
            file={() => ({
              name: `${MY_QUIZ_ID}.json`,
              text: `${JSON.stringify(myQuizFile(questions), null, 2)}\n`,
              type: 'application/json',
            })}
          />
        )}
        <JsonFileButton label="Open a quiz file" onFile={(file) => void open(file)} />
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
