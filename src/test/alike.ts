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

/** What each radio of this name reads, in order. */
export const radioTexts = (el: ConnectorWizard, name: string) => allInStep<HTMLInputElement>(el, `input[name="${name}"]`).map(read);
