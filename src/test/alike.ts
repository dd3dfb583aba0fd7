import { executeServerCommand } from '@web/test-runner-commands';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { allInStep, inStep } from './fixtures.js';

/** Reverse-DNS ids, as registries write them: long (over 60 characters), and differing only at their end (a version). */
const REVERSE_DNS = 'com.example.integrations.connectors.erp.netsuite.token-based-auth';
export const V1 = `${REVERSE_DNS}.v1`;
export const V2 = `${REVERSE_DNS}.v2`;

/** Long ids alike at both ends, differing only in their middle (first and last 28 characters the same). */
export const middleApart = (length: number) => ['eu', 'us'].map((region) => `${'a'.repeat(length / 2)}-${region}-${'z'.repeat(length / 2)}`) as [string, string];

/** An id as a person reads it shown beside a name alike: its first and last 28 characters around an ellipsis. */
export const cutInMiddle = (id: string) => `${id.slice(0, 28)}…${id.slice(-28)}`;

const read = (input: HTMLInputElement) => input.labels![0]!.textContent!.replace(/\s+/gu, ' ').trim();

/** What the label of the radio with this id reads, white space as a person sees it. */
export const radioText = (el: ConnectorWizard, id: string) => read(inStep<HTMLInputElement>(el, `[id="${id}"]`)!);

/** The name a screen reader announces for the focused control (Chromium's accessibility tree). */
export const focusedName = async () => ((await executeServerCommand('focused-ax')) as { name: string } | null)?.name;

/** The description a screen reader announces after the focused control's name. */
export const focusedDescription = async () => ((await executeServerCommand('focused-ax')) as { description: string } | null)?.description;

/** What each radio of this name reads, in order. */
export const radioTexts = (el: ConnectorWizard, name: string) => allInStep<HTMLInputElement>(el, `input[name="${name}"]`).map(read);

/** A system whose one way to sign in asks for a list, two of its options labelled alike ("Europe", as a provider keeps an old and a new data centre) and one labelled alone; `account` adds a text field before it. */
export const listAlike = (
  options = [
    { value: 'eu-1', label: 'Europe' },
    { value: 'eu-2', label: 'Europe' },
    { value: 'us', label: 'US' },
  ],
  account = false,
) => ({
  version: 1,
  systems: [
    {
      id: 'acme',
      name: 'Acme',
      defaultTimeZone: 'UTC',
      authTypes: [
        {
          id: 'key',
          label: 'Key',
          kind: 'none',
          fields: [...(account ? [{ key: 'account', label: 'Account', type: 'text' }] : []), { key: 'region', label: 'Region', type: 'select', options }],
        },
      ],
    },
  ],
});

/** Chooses the option of this value in a list, as a person does. */
export async function chooseOption(el: ConnectorWizard, selector: string, value: string) {
  const select = inStep<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** `count` long ids alike at both ends (first and last 28 characters), each branching from the one before at a place of its own in the middle, 20 characters apart. */
export const branchingApart = (count: number) =>
  Array.from({ length: count }, (_, k) => {
    const middle = [...'-'.repeat(20 * count)];
    if (k) middle[20 * (count - k)] = 'b';
    return `${'a'.repeat(28)}${middle.join('')}${'z'.repeat(28)}`;
  });
