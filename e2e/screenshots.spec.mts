// Every screen the README pictures still renders: the steps `npm run screenshots` takes (e2e/screens.mts), on a
// phone in light mode, each ending on the element that shows its screen. No picture is taken or written here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVICES, SCHEMES, SCREENS, screenshotFile, type Device } from './screens.mts';
import { expect, repo, test } from './support.mts';

// The screens do not depend on each other: both workers take them.
test.describe.configure({ mode: 'parallel' });

for (const screen of SCREENS) {
  test(`the README's screen "${screen.title}" renders`, async ({ page, consoleErrors }) => {
    await expect(await screen.show(page)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

test('the README pictures every screen in the list, in every size and colour scheme', () => {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  for (const screen of SCREENS) {
    for (const device of Object.keys(DEVICES) as Device[]) {
      for (const scheme of SCHEMES) {
        const file = screenshotFile(screen, device, scheme);
        expect(existsSync(path.join(repo, file)), `${file} is there`).toBe(true);
        expect(readme, `the README links ${file}`).toContain(file);
      }
    }
  }
});
