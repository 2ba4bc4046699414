// The Encoding API is in every target (Node ≥ 11 and all browsers); the instances are created on
// first use so importing this module has no side effects.
let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;

/** Text → UTF-8 bytes (the @smithy/util-utf8 naming: bytes come *from* UTF-8 text). Lone surrogates become U+FFFD. */
export const fromUtf8 = (text: string): Uint8Array<ArrayBuffer> => (encoder ??= new TextEncoder()).encode(text) as Uint8Array<ArrayBuffer>;

/** UTF-8 bytes → text. Malformed sequences become U+FFFD rather than throwing. */
export const toUtf8 = (bytes: Uint8Array): string => (decoder ??= new TextDecoder()).decode(bytes);

