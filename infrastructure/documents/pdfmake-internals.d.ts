/**
 * The parts of pdfmake 0.3.11 (js/Printer.js) the streaming renderer drives itself; pinned to that version because
 * these are internals, not its public API.
 */
declare module 'pdfmake/js/PDFDocument' {
  import PDFKitDocument from 'pdfkit';
  export default class PDFDocument extends PDFKitDocument {
    constructor(
      fonts: Record<string, { normal?: string; bold?: string }>,
      images: Record<string, string>,
      patterns: Record<string, unknown>,
      attachments: Record<string, unknown>,
      options: Record<string, unknown>,
      virtualfs: unknown,
      localAccessPolicy: (path: string) => boolean,
    );
    images: Record<string, string>;
    /** The embedded fonts by family and style, as pdfkit fonts with their text-layout cache. */
    fontCache: Record<string, Record<string, { layoutCache: Record<string, unknown> }>>;
  }
}
declare module 'pdfmake/js/LayoutBuilder' {
  export interface LaidOutPage {
    pageSize: { width: number; height: number };
  }
  export default class LayoutBuilder {
    constructor(pageSize: unknown, pageMargins: unknown, svgMeasure: unknown);
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(
      content: unknown,
      pdfDocument: unknown,
      styles: Record<string, unknown>,
      defaultStyle: Record<string, unknown>,
      background: unknown,
      header: unknown,
      footer: unknown,
      watermark: unknown,
      pageBreakBefore: unknown,
    ): LaidOutPage[];
  }
}
declare module 'pdfmake/js/SVGMeasure' {
  export default class SVGMeasure {}
}
declare module 'pdfmake/js/Renderer' {
  export default class Renderer {
    constructor(pdfDocument: unknown, progressCallback?: unknown);
    renderPages(pages: unknown[]): void;
  }
}
declare module 'pdfmake/js/PageSize' {
  export function normalizePageSize(pageSize: string, orientation: string): { width: number; height: number };
  export function normalizePageMargin(margin: number | number[]): unknown;
}
declare module 'pdfmake/js/tableLayouts' {
  export const tableLayouts: unknown;
}
