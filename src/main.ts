import './source/pdf/streamIteration.ts'; // before pdf.js: Safari's streams cannot be iterated
import { mount } from 'svelte';
import App from './view/App.svelte';
import { registerServiceWorker } from './view/registerServiceWorker.ts';
import { framedByAnotherSite, showFramedRefusal } from './view/frameGuard.ts';
import './view/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
let app: ReturnType<typeof mount> | undefined;
if (framedByAnotherSite(window)) {
  showFramedRefusal(target, location.href);
} else {
  registerServiceWorker();
  app = mount(App, { target });
}
export default app;
