import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ArticleInContext from '@/components/source/ArticleInContext';
import QuoteBlock from '@/components/source/QuoteBlock';
import QuotedArticle from '@/components/source/QuotedArticle';
import type { Article } from '@/lib/content/article';
import { article } from '../../lib/articleFixture';

const hostile: Article = {
  ...article,
  citation: { ...article.citation, title: '<img src=x onerror="alert(1)">', url: 'https://example.org/?q=<b>' },
  paragraphs: ['<script>alert(1)</script> and <b>bold</b> words.', ...article.paragraphs],
};

describe("a teacher's article in context", () => {
  it('numbers its paragraphs, marks the quoted words where they stand, and cites it', () => {
    render(<ArticleInContext article={article} quote={{ paragraph: 2, text: 'Students need a quiet place' }} />);
    const shown = screen.getByRole('article', { name: /Town Votes To Keep Its Library Open Late, The Valley Courier/ });
    expect(within(shown).getByText('Students need a quiet place', { selector: 'mark' })).toBeInTheDocument();
    expect(shown).toHaveTextContent('Paragraph 2“Students need a quiet place to work after dark,” said Mayor');
    expect(shown).toHaveTextContent('“Town Votes To Keep Its Library Open Late,” The Valley Courier, October 2, 2025');
  });

  it('shows markup a teacher or a link put in it as text, never as markup', () => {
    const { container } = render(<ArticleInContext article={hostile} />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script> and <b>bold</b> words.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">' })).toBeInTheDocument();
  });
});

describe('a quote of the teacher’s article', () => {
  const question = {
    type: 'single' as const,
    answer: ['a'],
    quote: { text: 'Students need a quiet place', sourceId: article.id, speaker: 'ana-ruiz', paragraph: 2 },
  };

  it('names its speaker as the teacher did and opens the article in context', async () => {
    render(
      <QuotedArticle article={article}>
        <QuoteBlock question={question} />
      </QuotedArticle>,
    );
    expect(await screen.findByText('Who is speaking: Mayor Ana Ruiz.')).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent(
      '“Town Votes To Keep Its Library Open Late,” The Valley Courier, October 2, 2025, paragraph 2.',
    );
    await userEvent.click(screen.getByText('Read paragraph 2 in context'));
    expect(screen.getByText('Students need a quiet place', { selector: 'mark' })).toBeVisible();
  });

  it('shows nothing for a quote of an article the page does not hold', () => {
    const { container } = render(<QuoteBlock question={question} />);
    expect(container).toBeEmptyDOMElement();
  });
});
