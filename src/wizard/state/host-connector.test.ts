import { expect } from '@open-wc/testing';
import { movedOn, unopenable, unopenedConnector } from './host-connector.js';
import { clearSession, startOver } from './transitions.js';
import { initialState, type EditableConnector } from './wizard-state.js';

const shop = (id: string | number = 7): EditableConnector => ({
  id,
  name: 'Shop live',
  system: 'shopify',
  environment: 'live',
  timeZone: 'UTC',
  dateFormat: 'yyyy-MM-dd',
  authType: 'access-token',
});

describe('the host connector the wizard does not open', () => {
  it('one that cannot be opened stays said through a new connector, and the same object again is no change', () => {
    const connector = shop('');
    const s = unopenable(initialState(), connector);
    expect({
      said: unopenedConnector(s, connector) === connector,
      again: unopenable(s, connector) === s,
      afterReset: unopenedConnector(startOver(clearSession(s), undefined), connector) === connector,
      another: unopenedConnector(s, shop('')),
      opened: unopenedConnector(unopenable(s, undefined), connector),
    }).to.deep.equal({ said: true, again: true, afterReset: true, another: undefined, opened: undefined });
  });

  it('moved on from, it is not said even as a new object; cleared by the host, it counts again', () => {
    const connector = shop('');
    const s = movedOn(unopenable(initialState(), connector), shop(''));
    const cleared = movedOn(s, undefined);
    expect({
      movedOn: unopenedConnector(s, connector),
      cleared: unopenedConnector(cleared, connector) === connector,
      clearedTwice: movedOn(cleared, undefined) === cleared,
    }).to.deep.equal({ movedOn: undefined, cleared: true, clearedTwice: true });
  });
});
