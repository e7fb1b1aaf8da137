/** Says which of the teacher's own questions a link could not use, why, and that the rest still work. */
export default function OwnQuestionsNotice({ problems, remaining }: { problems: string[]; remaining: number }) {
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">
        {problems.length === 1 ? 'One question' : `${problems.length} questions`} of this link could not be used
      </p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-1">
        The other {remaining === 1 ? 'question works' : `${remaining} questions work`} as your teacher made them: you
        can take the assignment without {problems.length === 1 ? 'it' : 'them'}. Tell your teacher, who can make a new
        link.
      </p>
    </div>
  );
}
