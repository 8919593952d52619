// The `indefinite` package ships no types; this is the part of its API calque uses.
declare module 'indefinite' {
  interface IndefiniteOptions {
    articleOnly?: boolean;
    capitalize?: boolean;
    caseInsensitive?: boolean;
    numbers?: 'colloquial';
  }
  export default function indefinite(word: string | number, options?: IndefiniteOptions): string;
}
