// axe-core on the screens the student journeys pass through without checking: every state a page can be in has
// no WCAG 2.2 AA violation that axe can find.
import { answer, expect, expectNoAxeViolations, expectTouchTargets, readQuiz, test } from './support.mts';

test('a quiz’s intro, a check without a choice, every question type before and after its answer, and a retry of the one missed', async ({
  page,
}) => {
  const quiz = readQuiz('the-vote-itself');
  await page.goto(`/quiz/${quiz.id}`);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expectNoAxeViolations(page, 'the quiz intro');
  await expectTouchTargets(page, 'the quiz intro');

  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Choose an answer first, then press Check.')).toBeVisible();
  await expectNoAxeViolations(page, 'a check without a choice');

  // The first question is missed, so that its feedback is seen wrong too and the results offer a retry.
  const seen = new Set<string>();
  for (const [index, question] of quiz.questions.entries()) {
    const right = index > 0;
    const answered = `a ${question.type} question, answered ${right ? 'right' : 'wrong'}`;
    if (!seen.has(question.type)) await expectNoAxeViolations(page, `a ${question.type} question`);
    seen.add(question.type);
    await answer(page, question, { right });
    if (!seen.has(answered)) await expectNoAxeViolations(page, answered);
    seen.add(answered);
    await page
      .getByRole('button', { name: index === quiz.questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  await expect(page.getByTestId('score')).toBeVisible();
  await page.getByRole('button', { name: 'Retry the one I missed' }).click();
  await expect(page.getByText('Retrying the questions you missed')).toBeVisible();
  await expectNoAxeViolations(page, 'a retry of the missed questions');
});

test('results for a quiz not yet finished', async ({ page }) => {
  const quiz = readQuiz('the-vote-itself');
  await page.goto(`/quiz/${quiz.id}/results`);
  await expect(page.getByText('You have not finished this quiz on this device yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'results before finishing');
  await page.getByRole('link', { name: 'Go to the quiz' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('the catalogue asking to confirm a reset, and after it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await expect(page.getByRole('group', { name: /This deletes every score/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the reset confirmation');
  await expectTouchTargets(page, 'the reset confirmation');
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(page.getByText('Your progress was deleted.')).toBeVisible();
  await expectNoAxeViolations(page, 'after a reset');
});

test('the notice about unreadable saved progress, a source without a quote, and a 404 at the top level', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('corrupted')) {
      localStorage.setItem('sourcecheck-progress', 'not json');
      sessionStorage.setItem('corrupted', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'saved progress' })).toBeVisible();
  await expectNoAxeViolations(page, 'the notice about unreadable progress');

  await page.goto('/sources/npr-2021-03-16-russia-2020-election');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'a source opened without a quote');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'the 404 page');
});
