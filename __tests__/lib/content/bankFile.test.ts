import { createHash } from 'node:crypto';
import { questionBankFile } from '@/lib/content/bankFile';
import { loadQuizzes } from '@/lib/content/load';

describe('questionBankFile', () => {
  it('is the whole bank, as the pages that fetch it read it', () => {
    expect(JSON.parse(questionBankFile().body)).toEqual(loadQuizzes());
  });

  it('names its bytes by their SHA-256, as Subresource Integrity does, so no other bytes are accepted', () => {
    const { body, integrity } = questionBankFile();
    expect(integrity).toBe(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  });
});
