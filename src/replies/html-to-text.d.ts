/**
 * Types for the parts of `html-to-text` (installed as a dependency of mailparser, which
 * ships no types for it) that the reply pipeline uses.
 */
declare module 'html-to-text' {
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: Record<string, unknown>;
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
    limits?: { maxDepth?: number; maxInputLength?: number; ellipsis?: string };
  }
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
