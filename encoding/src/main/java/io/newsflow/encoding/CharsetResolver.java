package io.newsflow.encoding;

import io.newsflow.encoding.ResolvedCharset.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decides the charset of a page's bytes as a browser would, then checks the bytes against it.
 *
 * <p>In order: a byte order mark; the Content-Type header's charset; the page's meta declaration or
 * XML declaration in its first 5 KB ({@link DeclarationScanner}); else UTF-8. Labels are read as
 * the WHATWG Encoding Standard reads them ({@link EncodingLabels}); unknown ones are ignored. On
 * ordinary pages this is what jsoup decides, but for those label mappings.
 *
 * <p>Then the bytes get their say, because declarations lie (templates copied between sites,
 * servers configured once for all pages):
 *
 * <ul>
 *   <li>UTF-16 without a byte order mark is recognised by its zero bytes ({@link Utf16Sniffer}).
 *   <li>Declared UTF-8, or nothing declared, but the bytes are not UTF-8: more malformed sequences
 *       than well-formed multi-byte ones, so that UTF-8 would break more characters than a legacy
 *       charset would. The legacy charset is detected ({@link LegacyDetector}), else it is the
 *       locale's of the page's language, else windows-1252. A UTF-8 page with a few bad bytes stays
 *       UTF-8.
 *   <li>Declared a legacy charset, but the bytes are UTF-8 with more well-formed multi-byte
 *       sequences than malformed ones: UTF-8. Text really in a legacy charset hardly ever forms
 *       valid UTF-8 sequences (an accented letter followed by ASCII never does).
 *   <li>Declared windows-1252 (or ISO-8859-1, the same label to a browser), a server's default for
 *       every page, but the bytes read so carry the signs of Polish, Czech, Turkish, Baltic or
 *       Arabic letters ({@link LatinLetters}): that language's charset.
 * </ul>
 *
 * When a body that fits no charset (random bytes) is not recognised by the detector either, the
 * declared or default UTF-8 stands, so that its decoding shows the damage instead of hiding it.
 *
 * <p>Cost: one byte loop over the body (eight ASCII bytes a step), plus a 5 KB scan when the header
 * declares nothing; the detector runs only for bodies that are not UTF-8. Thread-safe.
 */
public final class CharsetResolver {
  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final Charset WINDOWS_1252 = EncodingLabels.forLabel("windows-1252");

  private CharsetResolver() {}

  /**
   * The charset of {@code body}.
   *
   * @param headerCharset the charset parameter of the Content-Type header (or of whatever stands
   *     for it: a WARC record's, a producer's), null if none
   */
  public static ResolvedCharset resolve(byte[] body, String headerCharset) {
    Objects.requireNonNull(body, "body");
    ResolvedCharset bom = ByteOrderMark.of(body);
    if (bom != null) {
      return bom;
    }
    Charset header = EncodingLabels.forLabel(headerCharset);
    Declarations page = header == null ? DeclarationScanner.scan(body) : null;
    ResolvedCharset declared =
        header != null
            ? declared(header, Source.HEADER)
            : page.meta() != null
                ? declared(page.meta(), Source.META)
                : page.xml() != null ? declared(page.xml(), Source.XML_DECLARATION) : null;

    Charset utf16 = Utf16Sniffer.guess(body);
    if (utf16 != null) {
      return declared != null && utf16.equals(declared.charset())
          ? declared
          : detected(utf16, declared != null);
    }
    if (declared == null || UTF_8.equals(declared.charset())) {
      Utf8Validity.Counts counts = Utf8Validity.count(body, 0);
      if (counts.malformed() <= counts.multiByte()) {
        return declared != null ? declared : new ResolvedCharset(UTF_8, Source.DEFAULT, 0, false);
      }
      return legacy(body, declared, page);
    }
    if (isLegacy(declared.charset())) {
      Utf8Validity.Counts counts = Utf8Validity.count(body, 0);
      if (counts.multiByte() > counts.malformed()) {
        return detected(UTF_8, true);
      }
    }
    if (WINDOWS_1252.equals(declared.charset())) {
      Charset latin = LatinLetters.choose(body);
      if (!WINDOWS_1252.equals(latin)) {
        return detected(latin, true);
      }
    }
    return declared;
  }

  /**
   * Bytes that are not UTF-8: the legacy charset the page itself declares under a server-wide UTF-8
   * header, else the detected one, else (no text at all) UTF-8 stands.
   */
  private static ResolvedCharset legacy(byte[] body, ResolvedCharset declared, Declarations page) {
    Declarations own = page != null ? page : DeclarationScanner.scan(body);
    if (page == null) { // the header said UTF-8; the page's own declaration may know better
      ResolvedCharset pageSays = pageDeclaredLegacy(own);
      if (pageSays != null) {
        return pageSays;
      }
    }
    Charset legacy = LegacyDetector.detect(body, 0, own.lang());
    if (legacy != null) {
      return detected(legacy, declared != null);
    }
    return declared != null ? declared : new ResolvedCharset(UTF_8, Source.DEFAULT, 0, false);
  }

  private static ResolvedCharset pageDeclaredLegacy(Declarations own) {
    if (own.meta() != null && isLegacy(own.meta())) {
      return new ResolvedCharset(own.meta(), Source.META, 0, true);
    }
    if (own.xml() != null && isLegacy(own.xml())) {
      return new ResolvedCharset(own.xml(), Source.XML_DECLARATION, 0, true);
    }
    return null;
  }

  /** Charsets whose text could be mistaken for UTF-8: all but UTF-8 and its UTF-16/32 kin. */
  private static boolean isLegacy(Charset charset) {
    return !charset.name().startsWith("UTF-");
  }

  private static ResolvedCharset declared(Charset charset, Source source) {
    return new ResolvedCharset(charset, source, 0, false);
  }

  private static ResolvedCharset detected(Charset charset, boolean overridden) {
    return new ResolvedCharset(charset, Source.DETECTED, 0, overridden);
  }
}
