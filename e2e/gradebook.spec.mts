// A teacher of several classes: assignments and rosters kept on the laptop, results from students' phones, who is
// missing, and a backup that brings all of it back into a browser whose storage was cleared.
import { readFile } from 'node:fs/promises';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  resultLinksFor,
  test,
  buildAssignment,
} from './support.mts';

const quiz = readQuiz('the-vote-itself');

test('a teacher’s assignments, rosters and results are kept, and a backup brings them all back', async ({
  openPhone,
  consoleErrors,
}) => {
  const laptop = await openPhone({ width: 1280, height: 800 });
  const teacher = laptop.page;
  const period3 = await buildAssignment(teacher, quiz, {
    title: 'Vote warm-up',
    className: 'Civics 3',
    due: '2021-04-01',
  });
  const period4 = await buildAssignment(teacher, quiz, {
    title: 'Vote warm-up',
    className: 'Civics 4',
    due: '2099-06-01',
  });

  await teacher.goto('/teach/assignments');
  const list = teacher.getByRole('region', { name: 'My assignments' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const card = (className: string) => list.getByRole('listitem').filter({ hasText: className });
  await expect(card('Civics 3')).toContainText('April 1, 2021');
  await expect(card('Civics 4')).toContainText('June 1, 2099');
  await expectNoAxeViolations(teacher, 'My assignments');

  const rosters = teacher.getByRole('region', { name: 'Rosters' });
  for (const [className, names] of [
    ['Civics 3', '1. Ana Lopez\n2. Chen Wei'],
    ['Civics 4', 'Benjamin Okafor\nDee Park'],
  ] as const) {
    const form = rosters.locator('form').filter({ hasText: `Students in ${className}` });
    await form.getByRole('textbox').fill(names);
    await form.getByRole('button', { name: 'Save the roster' }).click();
    await expect(form.getByText('Roster kept on this device: 2 students.')).toBeVisible();
  }
  await expectNoAxeViolations(teacher, 'My assignments with rosters');

  // Duplicating opens the builder with the same questions and settings, for a class still to be named.
  await card('Civics 3').getByRole('link', { name: 'Duplicate for another class' }).click();
  await expect(teacher.getByText(/A copy of “Vote warm-up”/)).toBeVisible();
  await expect(teacher.getByText(`${quiz.questions.length} questions chosen.`)).toBeVisible();
  await expect(teacher.getByRole('textbox', { name: 'Title' })).toHaveValue('Vote warm-up');
  await expect(teacher.getByRole('textbox', { name: 'Class' })).toHaveValue('');

  // Results as the students' phones hand them back, each with every answer right but one.
  const [ana = ''] = resultLinksFor(period3, new Date(), [{ name: 'Ana López', wrong: [0] }]);
  const [ben = ''] = resultLinksFor(period4, new Date(), [{ name: 'Ben Okafor', wrong: [0] }]);

  for (const receipt of [ana, ben]) {
    await teacher.goto(receipt);
    await expect(teacher.getByText('1 imported, 0 already here, 0 not imported.')).toBeVisible();
  }

  // The gradebook: who is missing by the roster, a name joined to its entry, the late mark, one student's answers.
  await teacher.goto('/teach/results');
  const period3Results = teacher.getByRole('region', { name: /Civics 3/ });
  const period4Results = teacher.getByRole('region', { name: /Civics 4/ });
  await expect(period3Results.getByText('Not handed in (1):')).toBeVisible();
  // A laptop's width for the table, not a phone column in the middle of the screen.
  expect((await period3Results.boundingBox())?.width, 'the gradebook’s width at 1280 px').toBeGreaterThan(1100);
  await expect(teacher.getByText('2 results are in no backup yet.')).toBeVisible();
  await expect(teacher.getByRole('link', { name: 'Download a backup on My assignments' })).toBeVisible();
  await expect(period3Results).toContainText('Chen Wei');
  await expect(period3Results.getByRole('row', { name: /Ana López/ })).toContainText('late');
  await expect(period4Results.getByRole('row', { name: /Ben Okafor/ })).not.toContainText('late');
  await expect(period4Results.getByText('Not handed in (2):')).toBeVisible();
  await period4Results.getByRole('combobox', { name: 'Ben Okafor is' }).selectOption('Benjamin Okafor');
  await period4Results.getByRole('button', { name: 'Join' }).click();
  await expect(period4Results.getByText('Not handed in (1):')).toBeVisible();
  await expect(period4Results).toContainText('Dee Park');
  await period3Results.getByRole('button', { name: 'Ana López', exact: true }).click();
  const answers = period3Results.getByRole('region', { name: 'Ana López’s answers' });
  await expect(answers.getByRole('listitem')).toHaveCount(quiz.questions.length);
  await expect(answers.getByText(/^Right answer:/)).toHaveCount(1);
  await expectNoAxeViolations(teacher, 'the gradebook with rosters and a student’s answers');
  const [csv] = await Promise.all([
    teacher.waitForEvent('download'),
    period3Results.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const rows = (await readFile(present(await csv.path(), 'the CSV'), 'utf8')).split('\r\n');
  expect(rows[0]).toMatch(/^\uFEFFName,Class,Assignment,Due,Right,Questions,Percent,Minutes taken,Handed in,Late,Q1 /);
  expect(rows[0]!.split(',')).toHaveLength(10 + 2 * quiz.questions.length);
  expect(rows[1]).toMatch(/^Ana López,Civics 3,Vote warm-up,2021-04-01,\d+,\d+,\d+,\d+,[^,]+,late,/);
  expect(rows[1]).toContain(',wrong');

  // The class summary prints alone: no other class, no buttons, and no blank pages for what is left out.
  await teacher.evaluate(() => {
    window.print = () => undefined;
  });
  await period3Results.getByRole('button', { name: 'Ana López', exact: true }).click();
  await period3Results.getByRole('button', { name: 'Print class summary' }).click();
  await teacher.emulateMedia({ media: 'print' });
  await expect(period4Results).toBeHidden();
  await expect(teacher.getByRole('banner')).toBeHidden();
  await expect(period3Results.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(period3Results.getByRole('row', { name: /Ana López/ })).toBeVisible();
  // Laid out at a Letter page's width inside half-inch margins (720 by 960 CSS px): the page is the section.
  await teacher.setViewportSize({ width: 720, height: 960 });
  const [pageHeight = 0, sectionHeight = 0] = await period3Results.evaluate((section) => [
    document.documentElement.scrollHeight,
    section.getBoundingClientRect().height,
  ]);
  expect(pageHeight - sectionHeight, 'room taken by what is not printed').toBeLessThan(100);
  const pdf = await teacher.pdf({
    format: 'Letter',
    margin: { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' },
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  // A page more than the height fills, for a row kept whole across a break; no blank pages after it.
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(pageHeight / 960));
  expect(pages).toBeLessThanOrEqual(Math.ceil(pageHeight / 960) + 1);
  await teacher.setViewportSize({ width: 1280, height: 800 });
  await teacher.emulateMedia({ media: 'screen' });

  await teacher.goto('/teach/assignments');
  await expect(card('Civics 3')).toContainText('Results in1');
  await expect(teacher.getByText('2 results are in no backup yet.')).toBeVisible();
  const [download] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sourcecheck-teacher-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(teacher.getByText(/^Last backup downloaded /)).toBeVisible();
  await expect(teacher.getByText('in no backup yet')).toHaveCount(0);
  const backup = await readFile(present(await download.path(), 'the backup file'));
  await expectNoHorizontalScroll(teacher, 'My assignments');

  // A browser whose storage was cleared: nothing is there until the backup is restored.
  const cleared = (await openPhone({ width: 1280, height: 800 })).page;
  await cleared.goto('/teach/assignments');
  await expect(cleared.getByText('No assignments on this device yet.')).toBeVisible();
  const input = cleared.locator('input[type=file]');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":') });
  await expect(cleared.getByText('notes.json was not restored, and nothing changed.')).toBeVisible();
  await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(cleared.getByText(/^Restored backup\.json: 2 results added/)).toBeVisible();
  await expect(cleared.getByRole('region', { name: 'My assignments' }).getByRole('listitem')).toHaveCount(2);
  await cleared.reload();
  await expect(cleared.getByRole('region', { name: 'My assignments' }).getByRole('listitem')).toHaveCount(2);
  await cleared.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(cleared, 'My assignments at 320 px');
  // Closing asks first, is kept, and leaves nothing to copy a link from.
  const restored = cleared.getByRole('region', { name: 'My assignments' }).getByRole('listitem');
  const closing = restored.filter({ hasText: 'Civics 3' });
  await closing.getByRole('button', { name: 'Close' }).click();
  await closing.getByRole('button', { name: 'Close it' }).click();
  await expect(closing.getByRole('heading')).toContainText('(closed)');
  await expect(closing.getByRole('button', { name: 'Copy link again' })).toHaveCount(0);
  await cleared.reload();
  await expect(restored.filter({ hasText: 'Civics 3' }).getByRole('heading')).toContainText('(closed)');
  await expect(restored.filter({ hasText: 'Civics 4' }).getByRole('button', { name: 'Copy link again' })).toBeVisible();
  await expect(
    cleared.getByRole('region', { name: 'Rosters' }).getByRole('textbox', { name: 'Students in Civics 3' }),
  ).toHaveValue('Ana Lopez\nChen Wei');
  await cleared.goto('/teach/results');
  await expect(cleared.getByRole('row', { name: /Ana López/ })).toContainText('late');
  await expect(cleared.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();
  // The join came back with the roster: Ben is still counted as Benjamin.
  await expect(cleared.getByRole('region', { name: /Civics 4/ }).getByText('Not handed in (1):')).toBeVisible();
  await expectNoHorizontalScroll(cleared, 'the gradebook at 320 px');
  // The offline worker fetches the 404 page into its cache, and the browser reports that page's status.
  const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
  expect(consoleErrors.filter((text) => text !== notFound)).toEqual([]);
  expect(laptop.consoleErrors.filter((text) => text !== notFound)).toEqual([]);
});
