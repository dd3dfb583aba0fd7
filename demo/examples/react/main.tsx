// React 19 passes objects to custom elements as properties and listens to their events
// with on + event name, so the wizard needs no wrapper.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'connector-wizard/define.js';
import type { ConnectorCreatedEvent, Group } from 'connector-wizard';
import catalogue from 'connector-wizard/sample-catalogue.json';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'connector-wizard': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        catalogue?: unknown;
        groups?: Group[];
        system?: string;
        'no-drafts'?: boolean;
        'onconnector-created'?: (event: ConnectorCreatedEvent) => void;
      };
    }
  }
}

const groups: Group[] = [{ id: 'uk', name: 'UK' }];

function AddConnector() {
  const [created, setCreated] = useState('');
  return (
    <>
      <connector-wizard
        catalogue={catalogue}
        groups={groups}
        system="shopify"
        no-drafts
        onconnector-created={(event) => setCreated(`${event.detail.connector.name} (${event.detail.connector.system})`)}
      />
      <output id="created">{created}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AddConnector />
  </StrictMode>,
);
