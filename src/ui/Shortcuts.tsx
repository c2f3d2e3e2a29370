import { useEffect, useState } from 'preact/hooks';
import { t } from './t.ts';

/** A keyboard command as `commands.getAll()` reports it (the shortcut the reader set, or none). */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export interface ShortcutSource {
  shortcuts: () => Promise<Shortcut[]>;
  /** Opens the browser's own page for changing them (Chromium and Firefox differ). */
  openShortcutSettings: () => void;
}

/** The popup command has no description of its own in `commands.getAll()`. */
const POPUP_COMMAND = '_execute_action';

/** The current keys of the extension's commands, and a link to change them. */
export function Shortcuts({
  source,
  compact = false,
}: {
  source: ShortcutSource;
  compact?: boolean;
}) {
  const [list, setList] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    source
      .shortcuts()
      .then(setList)
      .catch(() => setList([]));
  }, [source]);
  if (list === null || list.length === 0) return null;
  return (
    <div class={compact ? 'cb-shortcuts cb-small' : 'cb-shortcuts'} data-cb="shortcuts">
      <dl>
        {list.map((c) => (
          <div key={c.name}>
            <dt>{c.name === POPUP_COMMAND ? t('commandOpenPopup') : c.description || c.name}</dt>
            <dd>
              {c.shortcut ? (
                <kbd>{c.shortcut}</kbd>
              ) : (
                <span class="cb-muted">{t('shortcutNone')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        class="cb-linkbtn"
        data-cb="change-shortcuts"
        onClick={source.openShortcutSettings}
      >
        {t('shortcutChange')}
      </button>
    </div>
  );
}
