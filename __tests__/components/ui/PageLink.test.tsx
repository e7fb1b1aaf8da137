import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PageLink from '@/components/ui/PageLink';

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

beforeEach(() => push.mockClear());

describe('a link to another page of the app', () => {
  it('is a real link, followed by the app without reloading it', async () => {
    render(<PageLink href="/review">Review</PageLink>);
    const link = screen.getByRole('link', { name: 'Review' });
    expect(link).toHaveAttribute('href', '/review');
    await userEvent.click(link);
    expect(push).toHaveBeenCalledWith('/review');
  });

  it('leaves a new tab, a modified click or another target to the browser', async () => {
    render(
      <>
        <PageLink href="/teach/print" target="_blank">
          Print view
        </PageLink>
        <PageLink href="/progress">Progress</PageLink>
      </>,
    );
    // Where the browser would open a tab or a page, jsdom has none: it is stopped after the app has had its say.
    const stopBrowser = (event: Event) => event.preventDefault();
    document.addEventListener('click', stopBrowser);
    await userEvent.click(screen.getByRole('link', { name: 'Print view' }));
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Progress' }));
    await user.keyboard('{/Control}');
    document.removeEventListener('click', stopBrowser);
    expect(push).not.toHaveBeenCalled();
  });
});
