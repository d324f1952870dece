// The page's state, in one class: what is loaded, what is selected, which language. Analyses are large
// and never mutated, so they are held as raw state (no deep proxies).

import type { Analysis, Bilingual, Finding } from '../../model/types.ts';
import { AnalysisClient } from '../worker/client.ts';
import { translate, type Lang, type StringKey } from '../i18n.ts';

export type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'error'; message: Bilingual }
  | { kind: 'done' };

export class AppState {
  lang = $state<Lang>('zh');
  status = $state.raw<Status>({ kind: 'idle' });
  analysis = $state.raw<Analysis | undefined>(undefined);
  isSample = $state(false);
  selected = $state<number | undefined>(undefined);
  showConsistent = $state(false);

  #client = new AnalysisClient();
  #controller: AbortController | undefined;

  t = (key: StringKey) => translate(this.lang, key);
  text = (message: Bilingual) => message[this.lang];

  get selectedFinding(): Finding | undefined {
    return this.selected === undefined ? undefined : this.analysis?.findings[this.selected];
  }

  /** Refs of the cells the selected finding involves. */
  get highlighted(): Set<string> {
    return new Set(this.selectedFinding?.cells ?? []);
  }

  toggleLang() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
  }

  select(index: number | undefined) {
    this.selected = this.selected === index ? undefined : index;
  }

  async analyzeFile(file: File, isSample = false) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await this.analyzeBytes(bytes, file.name, isSample);
  }

  async analyzeText(text: string) {
    if (text.trim() === '') {
      this.status = { kind: 'error', message: { zh: '文本框是空的：请先粘贴报告文字。', en: 'The text box is empty: paste the report text first.' } };
      return;
    }
    await this.analyzeBytes(new TextEncoder().encode(text), translate(this.lang, 'pastedName'), false);
  }

  async loadSample() {
    try {
      const response = await fetch(new URL('samples/dezhou-2018.txt', document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await this.analyzeBytes(bytes, '德州市2018年政府信息公开工作年度报告.txt', true);
    } catch (error) {
      this.status = {
        kind: 'error',
        message: { zh: `示例报告载入失败：${(error as Error).message}`, en: `Could not load the sample: ${(error as Error).message}` },
      };
    }
  }

  cancel() {
    this.#controller?.abort();
  }

  async analyzeBytes(bytes: Uint8Array, fileName: string, isSample: boolean) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = { kind: 'busy', fileName };
    try {
      const result = await this.#client.analyze(bytes, fileName, controller.signal);
      if (controller.signal.aborted) return;
      if (!result.ok) {
        // The previous analysis stays on screen: bad input never wipes what the user had.
        this.status = { kind: 'error', message: result.reason };
        return;
      }
      this.analysis = result.analysis;
      this.isSample = isSample;
      this.selected = undefined;
      this.status = { kind: 'done' };
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') {
        if (this.#controller === controller) this.status = { kind: 'error', message: { zh: '已取消。', en: 'Cancelled.' } };
        return;
      }
      this.status = { kind: 'error', message: { zh: `分析失败：${(error as Error).message}`, en: `The analysis failed: ${(error as Error).message}` } };
    }
  }
}
