import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Rules outside the WCAG tags that the product holds itself to: headings never skip a level (issue 11), so a screen
 * reader's outline of every screen is whole.
 */
const EXTRA_RULES = ['heading-order'];

/** Runs axe-core (WCAG 2.x A and AA rules, plus EXTRA_RULES) in the page and returns what it found. */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the service's Content-Security-Policy
  // (rightly) refuses inline scripts it has no hash for.
  await page.evaluate(axeSource);
  return page.evaluate(async (extraRules) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const wcag = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    const extra = await axe.run(document, { runOnly: { type: 'rule', values: extraRules } });
    return [...wcag.violations, ...extra.violations].map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, EXTRA_RULES);
}
