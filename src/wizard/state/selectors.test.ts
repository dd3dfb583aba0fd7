import { expect } from '@open-wc/testing';
import type { StepId } from '../../schemas/wizard-data.js';
import { checkedOnce, completedSteps, reachableSteps } from './selectors.js';
import { initialState } from './wizard-state.js';

const STEPS: StepId[] = ['system', 'general', 'timezone', 'auth', 'credentials', 'review'];

describe('the step navigation s checks', () => {
  it('back on General after reaching Review: each step is checked once a render, with the same links and completed steps', () => {
    const s = { ...initialState(), step: 'general' as StepId, furthest: 5 };
    const asked: StepId[] = [];
    const check = (step: StepId) => (asked.push(step), {});
    const plain = { reachable: reachableSteps(s, STEPS, check), completed: completedSteps(s, STEPS, check) };
    const plainCount = asked.length;
    asked.length = 0;
    const once = checkedOnce(check);
    const memo = { reachable: reachableSteps(s, STEPS, once), completed: completedSteps(s, STEPS, once) };
    expect({
      plainCount,
      onceCount: asked.length,
      same: JSON.stringify([...memo.reachable, '|', ...memo.completed]) === JSON.stringify([...plain.reachable, '|', ...plain.completed]),
    }).to.deep.equal({
      plainCount: 19,
      onceCount: 5,
      same: true,
    });
  });
});
