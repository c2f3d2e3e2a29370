import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from '../ui/IconButton.tsx';
import { Shortcuts, type ShortcutSource } from '../ui/Shortcuts.tsx';
import { t } from '../ui/t.ts';
import { pollUntilReady, type PopupDeps, type PopupState } from './load-summary.ts';
import { SummaryView } from './SummaryView.tsx';

export interface PopupActions extends PopupDeps {
  analyseNow: () => Promise<void>;
  /** Must run straight from the click: permission prompts need the user gesture. */
  allowSite: (origin: string) => Promise<boolean>;
  setPaused: (hostname: string, paused: boolean) => Promise<void>;
  setHighlights: (on: boolean) => Promise<void>;
  jumpTo: (index: number) => Promise<void>;
  openOptions: () => void;
  /** Subscribes to settings changed elsewhere (another page, another browser); returns cleanup. */
  onSettingsChanged?: (listener: () => void) => () => void;
  /** The extension's keyboard shortcuts, shown at the foot (absent in tests). */
  shortcuts?: ShortcutSource;
}

/** Still changing: nothing read yet, or the page's matches not in (assistive tech waits). */
function busyReading(state: PopupState): boolean {
  return state.kind === 'loading' || (state.kind === 'summary' && !state.summary.ready);
}

/** The toolbar popup: the page's summary, or how to get one. */
export function Popup({ actions }: { actions: PopupActions }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const poll = useRef<AbortController | null>(null);

  const refresh = useCallback(
    (untilScript = false) => {
      poll.current?.abort();
      const controller = new AbortController();
      poll.current = controller;
      return pollUntilReady(actions, setState, controller.signal, untilScript);
    },
    [actions],
  );

  useEffect(() => {
    void refresh();
    return () => poll.current?.abort();
  }, [refresh]);

  // A site paused or allowed on another page shows here at once, without reopening.
  useEffect(() => actions.onSettingsChanged?.(() => void refresh()), [actions, refresh]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const hostname = state.kind === 'loading' || state.kind === 'unsupported' ? '' : state.hostname;
  // The page summary's title is the popup's heading; every other state needs one of its own.
  const Brand = state.kind === 'summary' && state.summary.isArticle ? 'span' : 'h1';

  return (
    <main class="cb-popup" aria-busy={busyReading(state)}>
      <header class="cb-bar-top">
        <Brand class="cb-brand">
          <span class="cb-logo" aria-hidden="true">
            ✓
          </span>
          {t('extName')}
        </Brand>
        <IconButton label={t('openOptions')} onClick={actions.openOptions}>
          ⚙
        </IconButton>
      </header>
      {error ? (
        <p class="cb-notice cb-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {state.kind === 'loading' ||
      (state.kind === 'summary' && !state.summary.isArticle && !state.summary.ready) ? (
        <p class="cb-notice" data-cb="loading">
          {t('popupLoading')}
        </p>
      ) : null}
      {state.kind === 'unsupported' ? (
        <p class="cb-notice" data-cb="unsupported">
          {t('popupUnsupported')}
        </p>
      ) : null}
      {state.kind === 'no-access' ? (
        <section class="cb-access" data-cb="no-access">
          <p>{t('popupNoAccess')}</p>
          <button
            type="button"
            class="cb-btn cb-btn--primary"
            data-cb="analyse-now"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await actions.analyseNow();
                await refresh(true);
              })
            }
          >
            {t('popupAnalyseNow')}
          </button>
          {state.origin ? (
            <button
              type="button"
              class="cb-btn"
              data-cb="allow-site"
              disabled={busy}
              onClick={() => {
                const granted = actions.allowSite(state.origin);
                void run(async () => {
                  if (!(await granted)) return;
                  await actions.analyseNow();
                  await refresh(true);
                });
              }}
            >
              {t('popupAlwaysAnalyse', state.hostname)}
            </button>
          ) : null}
          <p class="cb-muted cb-small">{t('popupPrivacy')}</p>
        </section>
      ) : null}
      {state.kind === 'paused' ? (
        <section class="cb-access" data-cb="paused">
          <p>{t('popupPausedOn', state.hostname)}</p>
          <button
            type="button"
            class="cb-btn cb-btn--primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await actions.setPaused(state.hostname, false);
                await actions.setHighlights(true).catch(() => actions.analyseNow());
                await refresh(true);
              })
            }
          >
            {t('popupResume')}
          </button>
        </section>
      ) : null}
      {state.kind === 'summary' && !state.summary.isArticle && state.summary.ready ? (
        <p class="cb-notice" data-cb="not-article">
          {t('popupNotArticle')}
        </p>
      ) : null}
      {state.kind === 'summary' && state.summary.isArticle ? (
        <SummaryView
          summary={state.summary}
          onJump={(index) => void run(() => actions.jumpTo(index))}
          onToggleHighlights={(on) =>
            void run(async () => {
              await actions.setHighlights(on);
              await refresh();
            })
          }
        />
      ) : null}
      {state.kind === 'summary' && hostname ? (
        <footer class="cb-foot">
          <button
            type="button"
            class="cb-btn cb-btn--ghost"
            data-cb="pause-site"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await actions.setPaused(hostname, true);
                await actions.setHighlights(false).catch(() => undefined);
                await refresh();
              })
            }
          >
            {t('popupPause', hostname)}
          </button>
        </footer>
      ) : null}
      {actions.shortcuts ? (
        <footer class="cb-popup-foot">
          <Shortcuts source={actions.shortcuts} compact />
        </footer>
      ) : null}
    </main>
  );
}
