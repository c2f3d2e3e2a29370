import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchPage, type ChangeReason } from '../../../src/content/page-watch.ts';

const settle = () => new Promise((r) => setTimeout(r, 900));

describe('watchPage', () => {
  let controller: AbortController;
  let changes: ChangeReason[];
  let root: Element | null;

  beforeEach(() => {
    document.body.innerHTML = '<nav id="nav"></nav><article id="a"><p>One.</p></article>';
    root = document.getElementById('a');
    controller = new AbortController();
    changes = [];
    watchPage(document.defaultView!, {
      root: () => root,
      onChange: (r) => changes.push(r),
      signal: controller.signal,
    });
  });

  afterEach(() => controller.abort());

  it('reports one debounced content change for a burst inside the article', async () => {
    for (let i = 0; i < 5; i++)
      root!.append(Object.assign(document.createElement('p'), { textContent: `P${i}` }));
    await settle();
    expect(changes).toEqual(['content']);
  });

  it('ignores changes outside the article', async () => {
    document.getElementById('nav')!.append(document.createElement('a'));
    await settle();
    expect(changes).toEqual([]);
  });

  it('reports the article being removed', async () => {
    root!.remove();
    await settle();
    expect(changes).toEqual(['content']);
  });

  it('reports a History API navigation', async () => {
    history.pushState({}, '', '/second-story');
    document.body.append(document.createElement('div'));
    await settle();
    expect(changes).toEqual(['navigation']);
  });

  it('stops after abort', async () => {
    controller.abort();
    root!.append(document.createElement('p'));
    await settle();
    expect(changes).toEqual([]);
  });
});
