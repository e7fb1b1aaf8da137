/** What is wrong with a field, beside it: the id is what the field's aria-describedby names. */
export default function FieldProblems({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <ul id={id} className="text-sm font-medium text-red-800">
      {messages?.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
