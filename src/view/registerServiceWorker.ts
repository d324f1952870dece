// Registers the service worker that scripts/serviceWorker.ts writes into the build, so that after the
// first visit the site works offline. A failure is only logged: the site works the same without it.

/** Set by the serviceWorker() plugin: true in a build that has an `sw.js`, false in the dev server and the benchmark build. */
declare const __DUIZHANG_SERVICE_WORKER__: boolean;

export function registerServiceWorker(): void {
  // `import.meta.env.PROD` comes first so that the dev server never evaluates the plugin's constant.
  if (!import.meta.env.PROD || !__DUIZHANG_SERVICE_WORKER__) return;
  // Service workers need a secure context (https or localhost); elsewhere the API is simply absent.
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    // Both URLs are relative to the page, so the worker and its scope follow the site to any subpath.
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      console.warn('Offline use is unavailable: the service worker could not be registered.', error);
    });
  };
  // Installing downloads the whole site (about 4 MB), so it waits until the page has loaded and does not
  // compete with the first analysis for the network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
