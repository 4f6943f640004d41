package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy encoding a browser falls back to for an unlabelled page in a given locale (the HTML
 * standard's table of suggested defaults), looked up by the page's own language: an Arabic page
 * with no usable declaration was most likely written in windows-1256, a Czech one in windows-1250.
 * Null for languages whose default is windows-1252, and for unknown ones.
 */
final class LocaleFallback {
  private static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("ar", "windows-1256"),
          Map.entry("fa", "windows-1256"),
          Map.entry("ba", "windows-1251"),
          Map.entry("be", "windows-1251"),
          Map.entry("bg", "windows-1251"),
          Map.entry("kk", "windows-1251"),
          Map.entry("ky", "windows-1251"),
          Map.entry("mk", "windows-1251"),
          Map.entry("ru", "windows-1251"),
          Map.entry("sah", "windows-1251"),
          Map.entry("sr", "windows-1251"),
          Map.entry("tg", "windows-1251"),
          Map.entry("tt", "windows-1251"),
          Map.entry("uk", "windows-1251"),
          Map.entry("cs", "windows-1250"),
          Map.entry("hr", "windows-1250"),
          Map.entry("sk", "windows-1250"),
          Map.entry("hu", "iso-8859-2"),
          Map.entry("pl", "iso-8859-2"),
          Map.entry("sl", "iso-8859-2"),
          Map.entry("et", "windows-1257"),
          Map.entry("lt", "windows-1257"),
          Map.entry("lv", "windows-1257"),
          Map.entry("el", "iso-8859-7"),
          Map.entry("he", "windows-1255"),
          Map.entry("th", "windows-874"),
          Map.entry("tr", "windows-1254"),
          Map.entry("ku", "windows-1254"),
          Map.entry("vi", "windows-1258"),
          Map.entry("ja", "shift_jis"),
          Map.entry("ko", "euc-kr"),
          Map.entry("zh", "gb18030"));

  private LocaleFallback() {}

  /** "ar", "cs-CZ", "zh-TW": the legacy charset of the language's locale, or null. */
  static Charset forLanguage(String lang) {
    if (lang == null || lang.length() > 35) {
      return null;
    }
    String tag = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = tag.indexOf('-');
    String language = dash < 0 ? tag : tag.substring(0, dash);
    if (language.equals("zh") && traditional(tag)) {
      return EncodingLabels.forLabel("big5");
    }
    String label = BY_LANGUAGE.get(language);
    return label == null ? null : EncodingLabels.forLabel(label);
  }

  private static boolean traditional(String tag) {
    return tag.contains("-hant")
        || tag.endsWith("-tw")
        || tag.endsWith("-hk")
        || tag.endsWith("-mo");
  }
}
