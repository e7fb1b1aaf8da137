'use client';

import QuotedArticle from '@/components/source/QuotedArticle';
import QuestionPreview from '@/components/teach/QuestionPreview';
import type { Article, ArticleQuestion } from '@/lib/content/article';
import type { Question } from '@/lib/content/schema';

/**
 * A question on the teacher's article as a student takes it. The question card reads a quote only through
 * QuoteBlock, which shows a quote of the article QuotedArticle holds; every other field is a bank question's.
 */
export default function ArticleQuestionPreview({ question, article }: { question: ArticleQuestion; article: Article }) {
  return (
    <QuotedArticle article={article}>
      <QuestionPreview question={question as unknown as Question} />
    </QuotedArticle>
  );
}
