/** A host app that renders with its own lit before the wizard loads (served into /__csp/page.html?hostLit=1): its `lit-html` Trusted Types policy comes first. */
import { html, render } from 'lit';

render(html`<p id="host-app">The host app, rendered with its own lit.</p>`, document.body.appendChild(document.createElement('div')));
