import { acceptedEncodings, compress, type PageEncoding, worthCompressing } from './plugins/encode-response';

/** A text made from a remembered answer, with its compressed copies. */
export interface RememberedText {
  text: string;
  /** Whether the text is large enough to be sent compressed (then the answer varies by Accept-Encoding). */
  compressible: boolean;
  /** The text as the browser accepts it: compressed once per encoding, or as it is. */
  encodedFor(acceptEncoding: string | undefined): { body: string | Buffer; encoding: PageEncoding | null };
}

/**
 * Texts made once per remembered answer: the public pages' answer cache hands out the same object until it
 * recomputes it, so the JSON of a month of free times, or a booking page's HTML, and their compressed copies are
 * made once per answer instead of once per request. Each call makes one kind of text (its own memory), since the
 * same answer is sent as JSON by the API and as HTML by the booking page.
 */
export function rememberTexts() {
  const texts = new WeakMap<object, RememberedText>();
  return (answer: object, make: () => string): RememberedText => {
    const known = texts.get(answer);
    if (known) return known;
    const text = make();
    const compressed: Partial<Record<PageEncoding, Buffer>> = {};
    const remembered: RememberedText = {
      text,
      compressible: worthCompressing(text),
      encodedFor(acceptEncoding) {
        const [encoding] = remembered.compressible ? acceptedEncodings(acceptEncoding) : [];
        if (!encoding) return { body: text, encoding: null };
        compressed[encoding] ??= compress(text, encoding);
        return { body: compressed[encoding], encoding };
      },
    };
    texts.set(answer, remembered);
    return remembered;
  };
}
