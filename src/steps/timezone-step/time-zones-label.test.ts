/** A Windows zone label pasted in the months a zone keeps daylight saving time: its offset is the standard one. */
import { expect } from '@open-wc/testing';
import { filterZones, timeZoneOptions } from './time-zones.js';

describe('time zone search: a Windows label in summer', () => {
  it('(UTC-08:00) Pacific Time (US & Canada) and (UTC-05:00) Eastern Time (US & Canada), the labels most US settings show, find their own zone in July, not another at that offset then', () => {
    const july = timeZoneOptions('en', Date.UTC(2026, 6, 1, 12));
    const found = (label: string) => filterZones(july, label).map((z) => z.zone);
    const pacific = found('(UTC-08:00) Pacific Time (US & Canada)');
    expect(pacific, `Pacific: ${pacific.join(', ')}`).to.include('America/Los_Angeles');
    expect(pacific, 'Alaska is not Pacific Time').to.not.include('America/Anchorage');
    const eastern = found('(UTC-05:00) Eastern Time (US & Canada)');
    expect(eastern, `Eastern: ${eastern.join(', ')}`).to.include('America/New_York');
    expect(eastern, 'Chicago is not Eastern Time').to.not.include('America/Chicago');
    // A place named alike at another standard offset is not that label's: San Juan, Argentina is at -03:00.
    const atlantic = found('(UTC-04:00) Georgetown, La Paz, Manaus, San Juan');
    expect(atlantic).to.include.members(['America/La_Paz', 'America/Manaus']);
    expect(atlantic).to.not.include('America/Argentina/San_Juan');
  });
});
