// The pdf.js wiring of the document viewer: pdf.js's own PDFViewer (all pages, virtualised, text layer),
// its link service and find controller on one event bus, and the outlines of the selected finding's
// boxes, re-added whenever pdf.js re-creates a page's content (zoom, rotation, rendering).
import './pdfjsGlobal.ts'; // must come before the viewer's module: it reads globalThis.pdfjsLib
import { EventBus, FindState, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { holdDocument } from '../pdf/documentHolds.ts';
import { boxKey, boxToUserRect, percentRect, sharedExtraRotation, topLeftCorner, unionRect, type Target, type Transform } from './boxes.ts';

/** What the viewer tells its component. */
export interface ViewerEvents {
  /** The page most in view (pdf.js's `pagechanging`). */
  onPage: (page: number) => void;
  /** The zoom, 1 = 100 % (pdf.js's `scalechanging`). */
  onScale: (scale: number) => void;
  /** Find results: the match shown (1-based, 0 when none) of `total`, and whether the search is still running. */
  onFind: (result: { current: number; total: number; pending: boolean; notFound: boolean }) => void;
}

export interface ViewerHandle {
  /** Outlines the target's boxes on every page they are on and scrolls the first one into view. */
  setTarget: (target: Target | undefined) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fitWidth: () => void;
  goToPage: (page: number) => void;
  /** `again`: the next (or previous) match of the same query, as Enter in a find bar does. */
  find: (query: string, again: boolean, previous: boolean) => void;
  destroy: () => void;
}

/** The outline elements' class (styled by the component, through :global). */
export const OUTLINE_CLASS = 'dz-box';
const MIN_SCALE = 0.25;
const MAX_SCALE = 8;
const ZOOM_STEP = 1.25;

interface PageViewLike {
  div: HTMLDivElement;
  pdfPage: PDFPageProxy | null;
  viewport: { width: number; height: number; transform: number[]; convertToViewportRectangle: (rect: number[]) => number[] };
}

/**
 * Shows `doc` in `container` (a `div` with `position: absolute`, its first child the `.pdfViewer` div).
 * `turned` is the analysis's page → rotation for pages it read turned (`analysis.source.turned`).
 */
export function createViewer(container: HTMLDivElement, doc: PDFDocumentProxy, turned: Record<number, number> | undefined, events: ViewerEvents): ViewerHandle {
  const abort = new AbortController();
  const { signal } = abort;
  const eventBus = new EventBus();
  // Links in the PDF open in a new tab, never in this one (the analysis would be lost).
  const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK });
  const findController = new PDFFindController({ eventBus, linkService });
  // `abortSignal` (disconnects the viewer's resize observer and scroll watch) is in pdf.js 5.6's code but
  // not in its type declarations.
  const options = { container, eventBus, linkService, findController, abortSignal: signal };
  const viewer = new PDFViewer(options as ConstructorParameters<typeof PDFViewer>[0]);
  linkService.setViewer(viewer);

  // The document stays open while this viewer may still read it (documentHolds.ts). Once the first page
  // is drawn, pdf.js hands the document to the find controller and then asks for every page in turn, to
  // the last one, even after the viewer was given another document. So every page request (pdf.js's and
  // this file's) is counted, and the hold is released when the viewer is gone, no request is pending and
  // that fetch, if it started, has asked for the last page (or pdf.js reported all pages in).
  const releaseDocument = holdDocument(doc);
  let fetchingAllPages = false;
  let askedForLastPage = doc.numPages <= 1;
  let allPagesIn = false;
  let released = false;
  const pending = new Set<Promise<unknown>>();
  const originalGetPage = doc.getPage;
  const maybeRelease = () => {
    if (released || !destroyed || pending.size > 0 || (fetchingAllPages && !askedForLastPage && !allPagesIn)) return;
    released = true;
    doc.getPage = originalGetPage;
    releaseDocument();
  };
  const track = <T>(request: Promise<T>): Promise<T> => {
    const settled: Promise<unknown> = request.then(
      () => undefined,
      () => undefined,
    );
    pending.add(settled);
    void settled.then(() => {
      pending.delete(settled);
      maybeRelease();
    });
    return request;
  };
  /** A page this file asks for itself (pdf.js's own requests go through the patched `doc.getPage`). */
  const getPage = (page: number) => track(originalGetPage.call(doc, page));
  doc.getPage = (page: number): Promise<PDFPageProxy> => {
    if (page === doc.numPages) askedForLastPage = true;
    // A page that arrives after the viewer was given up is kept from pdf.js: its setDocument loop would set
    // it on a page view the viewer no longer has (「reading 'pdfPage'」 of undefined, an uncaught error when
    // a batch or a workspace replaces the document while its pages load). The request is still counted.
    return track(originalGetPage.call(doc, page)).then((loaded) => (destroyed ? new Promise<PDFPageProxy>(() => undefined) : loaded));
  };
  const setFindDocument = findController.setDocument.bind(findController);
  findController.setDocument = (pdfDocument) => {
    if (pdfDocument === doc) fetchingAllPages = true;
    setFindDocument(pdfDocument);
  };

  let target: Target | undefined;
  /** Pages that carry outlines now, so a new target clears them. */
  const outlined = new Set<number>();
  let initialised = false;
  let destroyed = false;
  let scrollPending = false;

  const pageView = (page: number): PageViewLike | undefined => viewer.getPageView(page - 1) as unknown as PageViewLike | undefined;
  const readingRotation = (page: number, pdfPage: PDFPageProxy) => turned?.[page] ?? pdfPage.rotate;

  function clearOutlines(page: number) {
    pageView(page)
      ?.div.querySelectorAll(`:scope > .${OUTLINE_CLASS}`)
      .forEach((el) => el.remove());
    outlined.delete(page);
  }

  function drawOutlines(page: number) {
    const view = pageView(page);
    const boxes = target?.pages.get(page);
    if (!view) return;
    clearOutlines(page);
    // A page pdf.js has not set up yet has no PDFPageProxy: it is outlined on its pagerendered event.
    if (!boxes || !view.pdfPage) return;
    const pdfPage = view.pdfPage;
    const { width, height } = view.viewport;
    for (const box of boxes) {
      const rect = boxToUserRect(box, pdfPage.view, readingRotation(page, pdfPage), pdfPage.userUnit);
      const place = percentRect(view.viewport.convertToViewportRectangle(rect), width, height, 3);
      const el = document.createElement('div');
      el.className = OUTLINE_CLASS;
      el.dataset.box = boxKey(page, box);
      el.dataset.testid = 'page-box';
      el.setAttribute('aria-hidden', 'true');
      el.style.left = `${place.left}%`;
      el.style.top = `${place.top}%`;
      el.style.width = `${place.width}%`;
      el.style.height = `${place.height}%`;
      view.div.append(el);
    }
    outlined.add(page);
  }

  function drawAllOutlines() {
    for (const page of [...outlined]) if (!target?.pages.has(page)) clearOutlines(page);
    for (const page of target?.pages.keys() ?? []) drawOutlines(page);
  }

  async function scrollToTarget() {
    const first = target?.first;
    if (!first || !initialised || destroyed) return;
    const view = pageView(first.page);
    if (!view) return;
    // Until pdf.js has every page (it fetches them all after the first), a page's view has the first
    // page's size: wait, so the point lands where the page really puts it.
    const pdfPage = view.pdfPage ?? (await getPage(first.page));
    await viewer.pagesPromise;
    if (destroyed || target?.first !== first) return;
    // The boxes on the first page, together: centred in the pane when they fit, so what surrounds them
    // shows too (and the page box names their page); else their top-left corner near the pane's.
    const rotation = readingRotation(first.page, pdfPage);
    const rects = (target?.pages.get(first.page) ?? [first.box]).map((box) => boxToUserRect(box, pdfPage.view, rotation, pdfPage.userUnit));
    const union = unionRect(rects);
    const [x, y] = topLeftCorner(union, view.viewport.transform as Transform);
    viewer.scrollPageIntoView({ pageNumber: first.page, destArray: [null, { name: 'XYZ' }, x, y, null], ignoreDestinationZoom: true });
    const [ax = 0, ay = 0, bx = 0, by = 0] = view.viewport.convertToViewportRectangle(union);
    const room = (space: number, size: number, margin: number) => (size + 2 * margin <= space ? (space - size) / 2 : margin);
    container.scrollTop = Math.max(0, container.scrollTop - room(container.clientHeight, Math.abs(by - ay), 40));
    container.scrollLeft = Math.max(0, container.scrollLeft - room(container.clientWidth, Math.abs(bx - ax), 24));
    drawOutlines(first.page);
  }

  const on = (name: string, listener: (event: Record<string, unknown>) => void) => eventBus.on(name, listener, { signal });

  on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
    initialised = true;
    void uprightPages();
    drawAllOutlines();
    if (scrollPending) {
      scrollPending = false;
      void scrollToTarget();
    }
  });
  on('pagesloaded', () => drawAllOutlines());
  // pdf.js empties a page's div when it draws it anew (zoom, rotation, a page scrolled back into view):
  // the outlines go back in each time, at the page's new viewport.
  for (const name of ['pagerendered', 'textlayerrendered']) {
    on(name, (event) => {
      const page = event.pageNumber as number;
      if (target?.pages.has(page)) drawOutlines(page);
    });
  }
  on('scalechanging', (event) => {
    events.onScale(event.scale as number);
    drawAllOutlines();
  });
  on('rotationchanging', () => drawAllOutlines());
  on('pagechanging', (event) => events.onPage(event.pageNumber as number));
  const findResult = (event: Record<string, unknown>) => {
    const count = (event.matchesCount as { current: number; total: number } | undefined) ?? { current: 0, total: 0 };
    const state = event.state as number | undefined;
    events.onFind({ current: count.current, total: count.total, pending: state === FindState.PENDING, notFound: state === FindState.NOT_FOUND });
  };
  on('updatefindmatchescount', findResult);
  on('updatefindcontrolstate', findResult);

  /**
   * Pages the analysis read turned (their text ran sideways) are drawn upright when every page is turned
   * the same way; pdf.js has one rotation for all pages, so a document with only some pages turned, or
   * turned different ways, is drawn as the PDF says (outlines still fit: they go through user space).
   */
  async function uprightPages() {
    if (!turned || Object.keys(turned).length !== doc.numPages) return;
    const rotations = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => getPage(i + 1).then((p) => p.rotate)));
    if (destroyed) return;
    const extra = sharedExtraRotation(turned, doc.numPages, (page) => rotations[page - 1] ?? 0);
    if (extra !== undefined) viewer.pagesRotation = extra;
  }

  // pdf.js's viewer does not refit when its container changes width (its own app does that on window
  // resize): at "fit width" the pages follow the pane, e.g. when the layout moves or the pane was hidden.
  let lastWidth = container.clientWidth;
  const resize = new ResizeObserver(() => {
    const width = container.clientWidth;
    if (width === lastWidth || width === 0) return;
    lastWidth = width;
    if (initialised && viewer.currentScaleValue === 'page-width') viewer.currentScaleValue = 'page-width';
    viewer.update();
  });
  resize.observe(container);
  signal.addEventListener('abort', () => resize.disconnect(), { once: true });

  viewer.setDocument(doc);
  linkService.setDocument(doc, null);
  void viewer.pagesPromise?.then(() => {
    allPagesIn = true;
    maybeRelease();
  });

  const setScale = (scale: number) => {
    viewer.currentScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  };

  return {
    setTarget(next) {
      target = next;
      drawAllOutlines();
      if (!next) return;
      if (initialised) void scrollToTarget();
      else scrollPending = true;
    },
    zoomIn: () => setScale(viewer.currentScale * ZOOM_STEP),
    zoomOut: () => setScale(viewer.currentScale / ZOOM_STEP),
    fitWidth: () => {
      viewer.currentScaleValue = 'page-width';
    },
    goToPage(page) {
      if (!Number.isInteger(page) || page < 1 || page > viewer.pagesCount) return;
      viewer.currentPageNumber = page;
    },
    find(query, again, previous) {
      if (!query) {
        eventBus.dispatch('findbarclose', { source: null });
        events.onFind({ current: 0, total: 0, pending: false, notFound: false });
        return;
      }
      eventBus.dispatch('find', {
        source: null,
        type: again ? 'again' : '',
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const page of [...outlined]) clearOutlines(page);
      viewer.cleanup();
      viewer.setDocument(null as unknown as PDFDocumentProxy);
      linkService.setDocument(null, null);
      abort.abort();
      maybeRelease();
    },
  };
}
