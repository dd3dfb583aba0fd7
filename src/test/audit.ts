/** axe-core with the tags issue 5 asks for; rules switched off carry their reason. */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    axe: {
      run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
    };
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Off, because they judge the page, not a widget inside it: the host page owns its landmarks
 * (`region`, `landmark-one-main`) and its `h1` (`page-has-heading-one`).
 */
const PAGE_LEVEL_RULES = { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };

/**
 * The widget without a host page: page-level rules off (see above). A host's `h1` is put just
 * before it while axe runs, so `heading-order` weighs the widget's headings as they follow a
 * page's own, in every state a test audits (the element alone would start from whatever level
 * it shows first).
 */
export async function audit(el: Element, state: string): Promise<void> {
  const context = el.parentElement;
  if (!context) {
    await run(el, state, PAGE_LEVEL_RULES);
    return;
  }
  const pageHeading = document.createElement('h1');
  pageHeading.textContent = 'Host page';
  el.before(pageHeading);
  try {
    await run(context, state, PAGE_LEVEL_RULES);
  } finally {
    pageHeading.remove();
  }
}

/**
 * A host page around the widget (its own landmarks and `h1`), every rule on: `region` then asks
 * that all the widget shows sits in the host's landmarks, and `heading-order` weighs the widget's
 * headings after the host's, as on an integrator's page. (`landmark-one-main` and
 * `page-has-heading-one` apply to `<html>` only, which a wrapper does not include.)
 */
export async function auditHostPage(page: Element, state: string): Promise<void> {
  await run(page, state, {});
}

async function run(context: Element, state: string, rules: object): Promise<void> {
  const result = await window.axe.run(context, { runOnly: { type: 'tag', values: AXE_TAGS }, rules, resultTypes: ['violations'] });
  const problems = result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(problems, `axe in state "${state}"`).to.deep.equal([]);
}
