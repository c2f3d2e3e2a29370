// The storage figures reload whenever the store changes, and say so (aria-busy) until the
// answer for the store as it is now is in: a test or a screen reader waits for that marker.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { renderHost } from '../ui/render-host.ts';
import type { StoreStats } from '../../../src/model/store-api.ts';
import type { OptionsApi } from '../../../src/options/api.ts';
import { StorageSection } from '../../../src/options/StorageSection.tsx';

const stats = (reports: number): StoreStats => ({
  reports,
  sentences: reports * 30,
  bytesUsed: null,
  bytesQuota: null,
});

/** stats() answers stay pending until the test settles them, in any order. */
function fakeApi() {
  const pending: Array<(s: StoreStats) => void> = [];
  const api = {
    stats: () => new Promise<StoreStats>((resolve) => pending.push(resolve)),
  } as unknown as OptionsApi;
  return { api, pending };
}

const host = renderHost();

const busy = () => host().querySelector('[data-cb="stats"]')?.getAttribute('aria-busy');
const reports = () => host().querySelector('[data-cb="stat-reports"]')?.textContent;

describe('StorageSection figures', () => {
  it('are busy from the render that bumps the version until its answer is in', async () => {
    const { api, pending } = fakeApi();
    const show = (version: number) =>
      render(<StorageSection api={api} version={version} onChanged={() => {}} />, host());
    act(() => show(0));
    expect(busy()).toBe('true');
    await act(async () => pending[0]!(stats(0)));
    expect([busy(), reports()]).toEqual(['false', '0']);

    act(() => show(1));
    // Still the old figure, but marked as about to change.
    expect([busy(), reports()]).toEqual(['true', '0']);
    await act(async () => pending[1]!(stats(2000)));
    expect([busy(), reports()]).toEqual(['false', '2000']);
  });

  it('keep the newest answer when an older one arrives after it', async () => {
    const { api, pending } = fakeApi();
    const show = (version: number) =>
      render(<StorageSection api={api} version={version} onChanged={() => {}} />, host());
    act(() => show(0));
    act(() => show(1));
    await act(async () => pending[1]!(stats(2000)));
    await act(async () => pending[0]!(stats(0)));
    expect([busy(), reports()]).toEqual(['false', '2000']);
  });
});
