// The standalone bundle imported through its package export: typed as define.js (it exports the same).
import { ConnectorWizard } from 'connector-wizard/connector-wizard.js';

customElements.whenDefined('connector-wizard').then(() => console.info(document.querySelector('connector-wizard') instanceof ConnectorWizard));
