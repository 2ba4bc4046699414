// The Encoding API is in every target (Node ≥ 11 and all browsers); the instances are created on
// first use so importing this module has no side effects.
let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;

/** Text → UTF-8 bytes (the @smithy/util-utf8 naming: bytes come *from* UTF-8 text). Lone surrogates become U+FFFD. */
export const fromUtf8 = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);

/** UTF-8 bytes → text. Malformed sequences become U+FFFD rather than throwing. */
export const toUtf8 = (bytes: Uint8Array): string => (decoder ??= new TextDecoder()).decode(bytes);

/** The number of bytes `fromUtf8(text)` would produce, without encoding. */
export const utf8ByteLength = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
};
