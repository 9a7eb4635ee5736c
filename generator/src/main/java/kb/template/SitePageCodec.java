package kb.template;

import kb.cache.CacheKey;
import kb.cache.ValueReader;
import kb.cache.ValueWriter;

/** A filled page as bytes for the build cache, and back. */
final class SitePageCodec {

  private SitePageCodec() {}

  static byte[] write(SitePage page) {
    return new ValueWriter()
        .string(page.path())
        .string(page.html())
        .numbers(page.parts().markdownOffsets())
        .numbers(page.parts().valueOffsets())
        .toBytes();
  }

  /**
   * @throws ValueReader.DamagedValue when the bytes are not such a page
   */
  static SitePage read(byte[] bytes, CacheKey key) {
    ValueReader in = new ValueReader(bytes);
    String path = in.string();
    String html = in.string();
    int[] markdown = in.numbers();
    int[] values = in.numbers();
    in.end();
    if (path == null
        || html == null
        || !PageParts.valid(markdown, html.length())
        || !PageParts.valid(values, html.length())) {
      throw new ValueReader.DamagedValue("page parts outside the page");
    }
    return new SitePage(
        path, html, PageParts.of(markdown, markdown.length, values, values.length), key);
  }
}
