// The two small controls the card, the legend and the popup share: a glyph button named for
// assistive tech, and an on/off switch whose state is in aria-checked.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IconButton } from '../../../src/ui/IconButton.tsx';
import { Switch } from '../../../src/ui/Switch.tsx';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('IconButton', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'Next claim'],
    ['Next claim (Alt+Shift+J)', 'Next claim (Alt+Shift+J)'],
  ])('title %j → tooltip %j, named by its label', (title, tooltip) => {
    let clicks = 0;
    act(() =>
      render(
        <IconButton label="Next claim" title={title} data-cb="next" onClick={() => clicks++}>
          ›
        </IconButton>,
        host,
      ),
    );
    const button = host.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Next claim');
    expect(button.getAttribute('title')).toBe(tooltip);
    expect(button.dataset.cb).toBe('next');
    expect(button.textContent).toBe('›');
    button.click();
    expect(clicks).toBe(1);
  });
});

describe('Switch', () => {
  it.each([true, false])('on=%s is aria-checked="%s", a switch named by its label', (on) => {
    act(() => render(<Switch on={on} aria-label="Highlights on this page" />, host));
    const button = host.querySelector('button')!;
    expect(button.getAttribute('role')).toBe('switch');
    expect(button.getAttribute('aria-checked')).toBe(String(on));
    expect(button.getAttribute('aria-label')).toBe('Highlights on this page');
    expect(button.querySelector('.cb-switch-knob')?.getAttribute('aria-hidden')).toBe('true');
  });
});
