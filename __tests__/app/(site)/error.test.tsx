import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ErrorPage from '@/app/(site)/error';

describe('the page a student sees when a page fails', () => {
  it('says their saved progress is safe, and offers a retry and a way home', async () => {
    const retry = jest.fn();
    render(<ErrorPage error={new Error('boom')} retry={retry} />);
    expect(screen.getByRole('heading', { level: 1, name: 'This page stopped working' })).toBeInTheDocument();
    expect(screen.getByText('Your saved progress is safe.')).toBeInTheDocument();
    expect(screen.queryByText(/boom/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the quizzes' })).toHaveAttribute('href', '/');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

describe('the failed page on a device that did not save', () => {
  it('promises nothing, and offers the download that keeps the progress', async () => {
    const { progressStore } = await import('@/store/progress');
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    act(() => progressStore.getState().actions.setStudentName('Ana'));
    render(<ErrorPage error={new Error('boom')} retry={() => {}} />);
    expect(screen.queryByText('Your saved progress is safe.')).not.toBeInTheDocument();
    expect(screen.getByText('Your latest progress is not saved on this device.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Download my progress' })).toBeInTheDocument();
  });
});
