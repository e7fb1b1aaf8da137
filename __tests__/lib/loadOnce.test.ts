import { loadOnce } from '@/lib/loadOnce';

describe('code fetched on demand', () => {
  it('is fetched once however often it is asked for, and is at hand once in', async () => {
    const fetchCode = jest.fn(() => Promise.resolve('the code'));
    const code = loadOnce(fetchCode);
    expect(code.get()).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect([a, b, code.get()]).toEqual(['the code', 'the code', 'the code']);
    await code.load();
    expect(fetchCode).toHaveBeenCalledTimes(1);
  });

  it('is fetched again after a load that failed', async () => {
    const fetchCode = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error('the connection dropped'))
      .mockResolvedValueOnce('the code');
    const code = loadOnce(fetchCode);
    await expect(code.load()).rejects.toThrow('the connection dropped');
    expect(code.get()).toBeNull();
    await expect(code.load()).resolves.toBe('the code');
    expect(fetchCode).toHaveBeenCalledTimes(2);
  });
});
