const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-8 byte length of a string without encoding it (content-length is needed on every call). */
export const utf8ByteLength = (text: string): number => {
  // Most request bodies are ASCII: one regex scan (~60 ns for a ForgotPassword body) beats the
  // charCodeAt loop below (~150-250 ns) in Node 20.
  if (!NON_ASCII.test(text)) return text.length;
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) length += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes.
        length += 2;
        i++;
      } else length += 2; // lone high surrogate → U+FFFD, 3 bytes
    } else length += 2;
  }
  return length;
};
