import { useState } from 'preact/hooks';
import { Shortcuts } from '../ui/Shortcuts.tsx';
import { t, type MessageKey } from '../ui/t.ts';
import type { OptionsApi } from './api.ts';
import { BackupSection } from './BackupSection.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { StoriesSection } from './StoriesSection.tsx';
import { StorageSection } from './StorageSection.tsx';

type View = 'reports' | 'stories';
const VIEWS: Array<[View, MessageKey]> = [
  ['reports', 'optViewReports'],
  ['stories', 'optViewStories'],
];

/** The options page: your reports (one by one, or by story), backup, sites, storage. */
export function Options({ api }: { api: OptionsApi }) {
  // Bumped after any change so every section reloads what it shows.
  const [version, setVersion] = useState(0);
  const [view, setView] = useState<View>('reports');
  const changed = () => setVersion((v) => v + 1);
  return (
    <div class="cb-options">
      <header class="cb-options-head">
        <span class="cb-logo" aria-hidden="true">
          ✓
        </span>
        <div>
          <h1>{t('extName')}</h1>
          <p class="cb-muted">{t('optTagline')}</p>
        </div>
      </header>
      <main class="cb-options-grid">
        <div class="cb-main">
          <div class="cb-views" role="group" aria-label={t('optViews')}>
            {VIEWS.map(([name, key]) => (
              <button
                key={name}
                type="button"
                class="cb-view"
                data-cb={`view-${name}`}
                aria-pressed={view === name}
                onClick={() => setView(name)}
              >
                {t(key)}
              </button>
            ))}
          </div>
          {view === 'reports' ? (
            <ReportsSection api={api} version={version} onChanged={changed} />
          ) : (
            <StoriesSection api={api} version={version} onChanged={changed} />
          )}
        </div>
        <div class="cb-side">
          <SitesSection api={api} />
          <BackupSection api={api} onChanged={changed} />
          <StorageSection api={api} version={version} onChanged={changed} />
          {api.shortcuts ? (
            <section class="cb-card cb-section" aria-labelledby="shortcuts-h">
              <h2 id="shortcuts-h">{t('optShortcuts')}</h2>
              <Shortcuts source={api.shortcuts} />
            </section>
          ) : null}
        </div>
      </main>
    </div>
  );
}
