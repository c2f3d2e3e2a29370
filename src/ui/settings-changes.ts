/**
 * Calls `listener` whenever the reader's settings change anywhere: a paused site (storage.sync,
 * from this page, another extension page, the popup or another of the reader's browsers) or a
 * site allowed or removed (the permissions API). Returns the unsubscribe function, for a
 * component's cleanup.
 */
export function onSettingsChanged(listener: () => void): () => void {
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'sync') listener();
  };
  const onPermissions = () => listener();
  browser.storage.onChanged.addListener(onStorage);
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  };
}
