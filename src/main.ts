import { mount } from 'svelte';
import App from './view/App.svelte';
import { registerServiceWorker } from './view/registerServiceWorker.ts';
import './view/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
registerServiceWorker();
export default mount(App, { target });
