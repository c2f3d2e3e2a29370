import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json';
import { useCatalogue, type Catalogue } from '../../../src/ui/t.ts';

/**
 * A fresh element in the document for each test to render into, with the English catalogue in
 * use; unmounted and removed after each test. Call at a describe's or the file's top level.
 */
export function renderHost(): () => HTMLElement {
  let host: HTMLElement | undefined;
  beforeEach(() => {
    useCatalogue(messages as Catalogue);
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (host) {
      render(null, host);
      host.remove();
    }
    host = undefined;
    useCatalogue(null);
  });
  return () => {
    if (!host) throw new Error('renderHost: no test is running');
    return host;
  };
}
