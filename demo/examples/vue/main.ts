// Vue 3 sets known properties of custom elements as properties (objects included) and binds
// onConnectorCreated to the connector-created event. Render functions need no compiler.
import { createApp, defineComponent, h, ref } from 'vue';
import 'connector-wizard/define.js';
import type { ConnectorCreatedEvent } from 'connector-wizard';
import catalogue from 'connector-wizard/sample-catalogue.json';

const AddConnector = defineComponent(() => {
  const created = ref('');
  return () => [
    h('connector-wizard', {
      catalogue,
      groups: [{ id: 'uk', name: 'UK' }],
      system: 'shopify',
      'no-drafts': '',
      onConnectorCreated: (event: ConnectorCreatedEvent) => (created.value = `${event.detail.connector.name} (${event.detail.connector.system})`),
    }),
    h('output', { id: 'created' }, created.value),
  ];
});

createApp(AddConnector).mount('#app');
