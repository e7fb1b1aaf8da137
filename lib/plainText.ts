/** C0 and C1 controls: a spreadsheet or a terminal may act on them, and no name needs them. */
export const CONTROL_CHARACTERS = /\p{Cc}/u;

/**
 * Text as a person meant it: a pasted tab or line break becomes a space, so "Ana\tLee" stays two words. Direction
 * marks stay (names in Arabic or Hebrew use them); pages isolate such text so it cannot reorder what is around it.
 * Kept free of schemas: the progress store cleans names with it on every page.
 */
export function plainText(text: string): string {
  return spacedControls(text).trim();
}

/** Every control character as a space, and nothing else changed: a tab or line break can no longer split a row. */
export function spacedControls(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTERS, 'gu'), ' ');
}

/** The name a student gives, as results carry it: cleaned, at most 60 characters. */
export function studentNameOf(typed: string): string {
  return plainText(typed).slice(0, 60);
}
