/** A reader's questions find the section that answers them among the first five links. */
import { expect, test } from '@playwright/test';
import { QUESTIONS } from '../search/questions.ts';
import { formatRelevance, measureRelevance } from '../search/relevance.ts';

test('at least 90 % of the reader’s questions have their section among the first five links', async ({ page }) => {
  test.setTimeout(180_000);
  expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
  const relevance = await measureRelevance(page, './recherche/');
  console.log(formatRelevance(relevance));
  expect(relevance.hitRate).toBeGreaterThanOrEqual(0.9);
});
