import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { en } from '../../messages/english.js';
import type { StepId } from '../../schemas/wizard-data.js';
import { initialState } from '../state/wizard-state.js';
import { wizardShell, type ShellView } from './wizard-shell.js';

const STEPS: StepId[] = ['system', 'general', 'timezone', 'auth', 'credentials', 'review'];

/** The steps the shell asks to check in one render of `step` (reached up to `furthest`). */
async function askedRendering(step: StepId, furthest: number, broken: StepId[] = []): Promise<{ asked: StepId[]; links: string[] }> {
  const asked: StepId[] = [];
  const view = {
    state: { ...initialState(), step, furthest },
    steps: STEPS,
    check: (s: StepId) => (asked.push(s), broken.includes(s) ? { '/name': 'Enter a name' } : {}),
    stepLoading: true,
    loadFailed: false,
    draftStatus: 'idle',
    system: () => undefined,
    locale: 'en',
    named: [],
    actions: { submitting: () => false },
    goTo: () => {},
    resolveConflict: () => {},
    tryAgain: () => {},
  } as unknown as ShellView;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(wizardShell(en, view), host);
  return { asked, links: [...host.querySelectorAll('[part~="step-link"]')].filter((l) => l.localName === 'button').map((l) => l.textContent!.replace(/\s+/gu, ' ').trim()) };
}

describe('the wizard shell s step navigation', () => {
  it('on the first step, with nothing reached beyond it, checks no step: it links none, so it says of none that it is completed', async () => {
    expect(await askedRendering('system', 0)).to.deep.equal({ asked: [], links: [] });
  });

  it('back on General after reaching Review: the steps it links are checked, each once, and said completed', async () => {
    const { asked, links } = await askedRendering('general', 5);
    expect(asked).to.deep.equal(['system', 'general', 'timezone', 'auth', 'credentials']);
    const done = (step: StepId) => `${en.stepLabels[step]} (${en.completed})`;
    expect(links).to.deep.equal([done('system'), done('timezone'), done('auth'), done('credentials'), en.stepLabels.review]);
  });

  it('back on System after reaching Review, with General since broken: no later step is linked, and none said completed', async () => {
    const { links } = await askedRendering('system', 5, ['general']);
    expect(links).to.deep.equal([en.stepLabels.general]);
  });

  it('on Review, with Time zone broken after it was reached: its link does not say completed, the others do', async () => {
    const { links } = await askedRendering('review', 5, ['timezone']);
    const done = (step: StepId) => `${en.stepLabels[step]} (${en.completed})`;
    expect(links).to.deep.equal([done('system'), done('general'), en.stepLabels.timezone, done('auth'), done('credentials')]);
  });
});
