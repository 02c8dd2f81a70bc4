/**
 * Types for the parts of `html-to-text` (which ships no types of its own) that
 * src/domain/html-text.ts uses.
 */
declare module 'html-to-text' {
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: Record<string, unknown>;
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    preserveNewlines?: boolean;
    selectors?: SelectorDefinition[];
    limits?: { maxDepth?: number; maxInputLength?: number; ellipsis?: string };
  }
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
