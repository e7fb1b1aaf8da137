/**
 * What is wrong with a field, beside it: the id is what the field's aria-describedby names. Focusable, so a form
 * that refuses to go on can take the teacher to its first problem.
 */
export default function FieldProblems({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <ul
      id={id}
      tabIndex={-1}
      data-field-problems=""
      className="text-sm font-medium text-red-800 focus:outline-2 focus:outline-blue-800"
    >
      {messages?.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
