package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text hard-wrapped at a column width (plain-text mail, newswire): the lines of one paragraph are
 * one block, whatever word a line breaks before, in scripts with and without spaces; lines that
 * only look alike (a list of headlines, a menu) stay lines.
 */
class HardWrappedTextTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
  private static final TextCleaner CLEANER = new TextCleaner(RULES);

  private static List<String> blocks(String page) {
    return new TextSplitter(RULES).split(page).stream().map(TextBlock::text).toList();
  }

  private static Extraction clean(String page) {
    return CLEANER.clean(page, null, SiteMemory.NONE).extraction();
  }

  @Test
  void theLinesOfAWrappedParagraphAreOneBlockWhereverTheyBreak() {
    // Breaks after a full stop, before a name and before a number, which no word shows.
    String page =
        "Harbour ferry fares to rise in spring\n\n"
            + "The harbour authority said on Tuesday that ferry fares will\n"
            + "rise by nine percent in spring. The increase, the first in\n"
            + "four years, pays for the repairs of the pier that Harbour\n"
            + "Master Jane Roe closed to heavy vehicles in January after\n"
            + "14 inspections found cracks in its concrete.\n\n"
            + "Commuters who cross the harbour every day will pay about\n"
            + "forty more a year, while pensioners and students keep their\n"
            + "reduced fares, the authority said.\n";
    List<String> blocks = blocks(page);
    assertEquals(3, blocks.size(), blocks.toString());
    assertTrue(blocks.get(1).contains("that Harbour Master Jane Roe closed"), blocks.get(1));
    assertTrue(blocks.get(1).endsWith("after 14 inspections found cracks in its concrete."));
    String text = clean(page).text();
    assertTrue(text.contains("in spring. The increase"), text);
    assertTrue(text.contains("keep their reduced fares"), text);
  }

  @Test
  void cyrillicLinesGoOnInLowerCaseAndAcrossCapitals() {
    String page =
        "Паромы подорожают весной\n\n"
            + "Управление порта сообщило во вторник, что цены на паромы\n"
            + "вырастут весной на девять процентов. Это первое повышение за\n"
            + "четыре года: деньги пойдут на ремонт северного причала, который\n"
            + "капитан порта Иван Петров закрыл для грузовиков в январе после\n"
            + "того, как 14 проверок нашли трещины в бетоне.\n";
    List<String> blocks = blocks(page);
    assertEquals(2, blocks.size(), blocks.toString());
    assertTrue(blocks.get(1).contains("процентов. Это первое повышение за четыре года"));
    assertTrue(clean(page).text().contains("трещины в бетоне"));
  }

  @Test
  void chineseLinesWrappedAtOneWidthJoinWithoutSpaces() {
    String page =
        "港口渡轮票价春季上涨\n\n"
            + "港务局星期二表示，渡轮票价将在春季上涨百分之九。这是\n"
            + "四年来的首次涨价，所得款项将用于修复北码头。通勤者每\n"
            + "年将多付约四十元，而退休人员和学生继续享受优惠票价。\n";
    List<String> blocks = blocks(page);
    assertEquals(2, blocks.size(), blocks.toString());
    assertTrue(blocks.get(1).contains("这是四年来的首次涨价"), blocks.get(1));
    assertTrue(blocks.get(1).contains("通勤者每年将多付"), blocks.get(1));
  }

  @Test
  void aListOfHeadlinesOfSimilarWidthStaysOneLineEach() {
    String page =
        "City library extends its opening hours on weekends\n"
            + "Local football club names a former youth coach as head\n"
            + "Two new cycle lanes planned along the river promenade\n"
            + "Regional orchestra presents seven concerts this autumn\n";
    assertEquals(4, blocks(page).size());
  }

  @Test
  void chineseHeadlinesOfDifferentWidthsStayOneLineEach() {
    String page = "港口渡轮票价春季上涨\n市图书馆周末延长开放时间\n两条新自行车道沿河规划\n地区管弦乐团今秋举办七场音乐会\n";
    assertEquals(4, blocks(page).size());
  }

  @Test
  void shortLinesAndCodeAreNoWrappedParagraphEvenWhereEveryBreakGoesOn() {
    HardWraps wraps = new HardWraps(RULES.thresholds().textPages());
    List<TextBlock> menu = lines("home", "news and sport", "weather today.", "about us");
    assertFalse(wraps.continuations(menu, j -> true)[1]);
    List<TextBlock> code =
        lines(
            "var copy = new Request(req); var clone = req.clone();",
            "console.log(copy.method); // the method, as in \"GET\"",
            "console.log(copy.url); // \"http://example.com/\"");
    assertFalse(wraps.continuations(code, j -> true)[1]);
    List<TextBlock> prose =
        lines(
            "The harbour authority said on Tuesday that ferry fares will",
            "rise by nine percent in spring. The increase, the first in",
            "four years, pays for the repairs of the pier.");
    assertTrue(wraps.continuations(prose, j -> true)[1]);
  }

  private static List<TextBlock> lines(String... lines) {
    List<TextBlock> blocks = new java.util.ArrayList<>();
    for (String l : lines) {
      blocks.add(new TextBlock(l, blocks.isEmpty()));
    }
    return blocks;
  }

  @Test
  void aLowerCaseStartGoesOnInScriptsWithCaseOnly() {
    assertTrue(TextSplitter.startsLowercase("вырастут весной"));
    assertTrue(TextSplitter.startsLowercase("αύξηση των τιμών"));
    assertFalse(TextSplitter.startsLowercase("Вырастут весной"));
    // Georgian's Mkhedruli letters are lower case to Unicode, but a line starts with them anyway.
    assertFalse(TextSplitter.startsLowercase("ბორნის ფასები"));
  }
}
