/** Said where a page could not load the questions it needs: never a blank page, always a way on. */
export default function QuestionBankProblem() {
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-4">
      <h2 className="font-semibold">The questions could not be loaded</h2>
      <p className="mt-1">Check that this device is online, then reload the page.</p>
      <button type="button" className="btn-secondary mt-3" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}
