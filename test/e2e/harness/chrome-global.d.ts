// The extension API as seen inside `worker.evaluate` callbacks (they run in the
// service worker, where `chrome` exists); typed loosely on purpose, tests only.
declare const chrome: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [api: string]: any;
};
