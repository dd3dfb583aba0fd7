/**
 * The checks every step must pass, run once per step: accessible empty and with errors, errors
 * shown only after Continue (beside the field and in a focused summary whose links focus the
 * field), nothing typed cleared by validation, focus on the next heading after Continue, and
 * headings at the level the context gives.
 */
import { audit } from './audit.js';
import { ContextEvent, ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { wizardContext, type WizardContextValue } from '../context/wizard-context.js';
import type { StepId } from '../schemas/wizard-data.js';
import type { WizardStepElement } from '../steps/wizard-step-element.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { currentStepId, deepActiveElement, errorSummary, fillStep, inStep, pressContinue, settle, stepElement } from './fixtures.js';

export interface StepSuiteOptions {
  /** A wizard showing this step with nothing answered yet. */
  open: () => Promise<ConnectorWizard>;
  /** Makes the step invalid (when an untouched step is already valid, e.g. defaults). */
  makeInvalid?: (el: ConnectorWizard) => Promise<void>;
  /** How many errors the summary lists after Continue on the invalid step. */
  errors: number;
  /** A text control whose typed value must survive a failed Continue. */
  keeps?: { selector: string; value: string };
  /** The step Continue leads to (Review has none: it creates). */
  next?: StepId;
}

/** The context the wizard gives a step, asked for the way a step asks (the context protocol). */
function contextOf(step: Element): WizardContextValue {
  let value: WizardContextValue | undefined;
  step.dispatchEvent(new ContextEvent(wizardContext, step, (v) => (value = v), false));
  if (!value) throw new Error(`No wizard context reaches <${step.localName}>`);
  return value;
}

/** A fresh copy of a step under a provider of `value` alone: no wizard around it. */
async function stepWithContext(tagName: string, value: WizardContextValue): Promise<WizardStepElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  // Provide before the step connects: it asks for the context as it connects.
  new ContextProvider(host, { context: wizardContext, initialValue: value });
  const step = document.createElement(tagName) as WizardStepElement;
  host.append(step);
  await step.updateComplete;
  return step;
}

export function stepSuite(step: StepId, options: StepSuiteOptions): void {
  describe(`${step} step: shared checks`, () => {
    it('renders its heading and is accessible with nothing answered', async () => {
      const el = await options.open();
      expect(currentStepId(el)).to.equal(step);
      expect(inStep(el, 'h2')?.textContent?.trim()).to.not.equal('');
      expect(inStep(el, '.error-summary'), 'no errors before Continue').to.equal(null);
      await audit(el, `${step}, empty`);
    });

    if (options.errors > 0)
      it('shows errors only after Continue, beside each field and in a focused summary', async () => {
        const el = await options.open();
        await options.makeInvalid?.(el);
        expect(inStep(el, '.error-summary')).to.equal(null);
        await pressContinue(el);
        expect(currentStepId(el)).to.equal(step);
        const summary = errorSummary(el);
        expect(summary.length).to.equal(options.errors);
        for (const message of summary) {
          expect(message).to.not.match(/^(invalid|required)$/i);
          const inline = [...stepElement(el)!.shadowRoot!.querySelectorAll('.error-message')].map((e) => e.textContent!);
          expect(
            inline.some((t) => t.includes(message)),
            `inline error for "${message}"`,
          ).to.equal(true);
        }
        expect(deepActiveElement()?.classList.contains('error-summary'), 'focus on the summary').to.equal(true);
        // Shown above the step's heading, the summary's heading shares its level: no level skipped.
        expect(inStep(el, '.error-summary-title')?.tagName).to.equal(inStep(el, '[part~="heading"]')?.tagName);
        await audit(el, `${step} with errors`);
      });

    if (options.errors > 0)
      it('summary links move focus to the field', async () => {
        const el = await options.open();
        await options.makeInvalid?.(el);
        await pressContinue(el);
        const links = [...stepElement(el)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
        expect(links.length).to.be.greaterThan(0);
        for (const link of links) {
          link.click();
          await settle(el);
          const focused = deepActiveElement();
          expect(focused?.matches('input, select, textarea, button'), `focus after ${link.textContent}`).to.equal(true);
          const root = focused!.getRootNode() as ShadowRoot;
          expect(root.host).to.equal(stepElement(el));
        }
      });

    it('renders its heading and error summary at the level the context gives, and focuses them', async () => {
      const el = await options.open();
      await options.makeInvalid?.(el);
      if (options.errors > 0) await pressContinue(el);
      const step = await stepWithContext(stepElement(el)!.localName, { ...contextOf(stepElement(el)!), headingLevel: 4 });
      const root = step.shadowRoot!;
      expect(root.querySelector('[part~="heading"]')?.tagName).to.equal('H4');
      expect(
        [...root.querySelectorAll('h1, h2, h3, h5, h6')].map((h) => h.outerHTML),
        'no heading at another level',
      ).to.deep.equal([]);
      if (options.errors > 0) {
        expect(root.querySelector('.error-summary-title')?.tagName).to.equal('H4');
        await step.focusErrorSummary();
        expect(deepActiveElement()?.classList.contains('error-summary'), 'focus on the summary').to.equal(true);
      }
      await step.focusHeading();
      expect(deepActiveElement()?.tagName).to.equal('H4');
      expect(deepActiveElement()?.getRootNode()).to.equal(root);
    });

    if (options.keeps)
      it('never clears what was typed when validation fails', async () => {
        const el = await options.open();
        await options.makeInvalid?.(el);
        const { selector, value } = options.keeps!;
        const input = inStep<HTMLInputElement>(el, selector)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await pressContinue(el);
        expect(inStep<HTMLInputElement>(el, selector)!.value).to.equal(value);
      });

    if (options.next)
      it('continues when answered and puts focus on the next heading', async () => {
        const el = await options.open();
        await fillStep[step](el);
        await pressContinue(el);
        expect(currentStepId(el), errorSummary(el).join('; ')).to.equal(options.next);
        const focused = deepActiveElement();
        expect(focused?.tagName).to.equal('H2');
        expect((focused!.getRootNode() as ShadowRoot).host).to.equal(stepElement(el));
      });
  });
}
