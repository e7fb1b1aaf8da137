export interface SplitTokenRules {
  start: RegExp;
  isWhole: (token: string) => boolean;
  maxLength: number;
}

/**
 * Puts back together tokens that an email client split: wrapped at 76 or 78 characters, quoted with "> " or ">> "
 * at each line start, or with a space put in. `start` matches where a token begins and as much of it as runs on
 * unbroken (a global regex); a piece that follows it on the same or the next line is joined only when that makes
 * the token whole, so words after a whole token, a damaged token that no piece completes, and the next link are
 * never glued on. Found one at a time, so that a caller can pause between them (a paste of megabytes held the
 * gradebook's page over half a second in one go); each is read in the whole text, so one split across lines is put
 * back the same way.
 */
export function* findSplitTokens(text: string, { start, isWhole, maxLength }: SplitTokenRules): Generator<string> {
  const unquoted = text.replace(QUOTE_MARKERS, '');
  const tokens = new RegExp(start.source, 'g');
  for (let match = tokens.exec(unquoted); match; match = tokens.exec(unquoted)) {
    let token = match[0];
    let whole = isWhole(token);
    let end = tokens.lastIndex;
    let candidate = token;
    for (let at = end; !whole && candidate.length <= maxLength;) {
      PIECE.lastIndex = at;
      const piece = PIECE.exec(unquoted);
      if (!piece) break;
      candidate += piece[1];
      at = PIECE.lastIndex;
      if (isWhole(candidate)) {
        [token, whole, end] = [candidate, true, at];
      }
    }
    tokens.lastIndex = end;
    yield token;
  }
}

/** "> ", ">> ", "> > " at the start of a line: how mail clients mark what they quote. */
const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/gm;

/**
 * The next piece of a split token: spaces, at most one line break (a blank line ends a paragraph), then a run of
 * base64url characters that is not the start of the next link (`r1.`, `https:`, a path) nor runs into other text;
 * a full stop ending the sentence may follow.
 */
const PIECE = /[ \t]*(?:\r?\n[ \t]*)?([A-Za-z0-9_-]+)(?![A-Za-z0-9_:/#-]|\.[A-Za-z0-9_-])/y;
