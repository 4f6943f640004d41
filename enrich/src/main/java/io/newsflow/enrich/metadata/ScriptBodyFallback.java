package io.newsflow.enrich.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For a page whose markup holds no article at all: pages rendered in the browser from the data the
 * server embedded in a script (Next.js, Nuxt and similar state objects carry the article as an HTML
 * string). The longest such string made of paragraphs is the body. Runs only when the DOM gave
 * nothing, so it costs nothing on ordinary pages.
 */
public final class ScriptBodyFallback {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A JavaScript string literal in double quotes (possessive: no backtracking on big scripts). */
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

  /** A paragraph tag, written plainly or escaped as JSON writes it. */
  private static final Pattern PARAGRAPH_TAG = Pattern.compile("(?:<|\\\\u003[cC])p[ >\\\\]");

  private static final int MIN_CHARS = 200;
  private static final int MIN_PARAGRAPHS = 2;

  private ScriptBodyFallback() {}

  /** The paragraphs of the longest embedded HTML string with paragraphs, or an empty list. */
  public static List<String> paragraphs(Document doc) {
    String best = null;
    for (Element script : doc.select("script")) {
      String code = script.data();
      if (code.length() < MIN_CHARS || !PARAGRAPH_TAG.matcher(code).find()) {
        continue;
      }
      Matcher m = STRING.matcher(code);
      while (m.find()) {
        String literal = m.group(1);
        if (literal.length() >= MIN_CHARS
            && (best == null || literal.length() > best.length())
            && countParagraphTags(literal) >= MIN_PARAGRAPHS) {
          best = literal;
        }
      }
    }
    return best == null ? List.of() : textOf(best);
  }

  private static int countParagraphTags(String s) {
    Matcher m = PARAGRAPH_TAG.matcher(s);
    int n = 0;
    while (n < MIN_PARAGRAPHS && m.find()) {
      n++;
    }
    return n;
  }

  private static boolean isCaption(Element e) {
    return e.normalName().equals("figure") || e.className().contains("caption");
  }

  private static List<String> textOf(String literal) {
    String html;
    try {
      html = JSON.readValue("\"" + literal + "\"", String.class);
    } catch (JsonProcessingException notJson) {
      return List.of(); // a JavaScript escape JSON does not know: leave the page as it is
    }
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).select("p, h2, h3, h4, li, blockquote")) {
      if (e.parents().stream().anyMatch(ScriptBodyFallback::isCaption)
          || e.selectFirst("p, li") != null && !e.normalName().equals("p")) {
        continue; // captions belong to images; a list or quote is read through its paragraphs
      }
      String text = Texts.normalize(e.text());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }
}
