package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A related head with a list of headlines after the story's body ends the story when what follows
 * is about something else (the next story of an endless page, a live ticker), and not when the
 * story goes on after a box of links.
 */
class StoryEndTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String STORY = HarbourStory.WHOLE;

  private static final String HEADLINES =
      "Related stories\n\n"
          + "City library extends its opening hours on weekends\n\n"
          + "Local football club names a new head coach for the season\n\n"
          + "Two new cycle lanes planned along the river promenade\n\n";

  @Test
  void anotherStoryAfterTheListIsNotTheArticle() {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    Extraction ex = CLEANER.clean(STORY + HEADLINES + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
    assertFalse(ex.text().contains("City library"), ex.text());
  }

  @Test
  void theStoryGoingOnAfterABoxOfLinksIsKept() {
    String more =
        "The harbour authority also said that the ferry timetable will change while the northern"
            + " pier is repaired, with fewer ferries at night and more in the morning rush.";
    Extraction ex = CLEANER.clean(STORY + HEADLINES + more, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("fewer ferries at night"), ex.text());
  }

  @Test
  void aParagraphSignedByItsWriterAfterABoxOfLinksIsTheStory() {
    String signed =
        "The harbour authority also said that the ferry timetable will change while the northern"
            + " pier is repaired, with fewer ferries at night and more in the morning rush. —Jane"
            + " Roe\n\n";
    Extraction ex = CLEANER.clean(STORY + HEADLINES + signed, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("fewer ferries at night"), ex.text());
    assertFalse(ex.text().contains("City library"), ex.text());
  }

  /** The story naming its people and places, each more than once. */
  private static final String NAMED_STORY =
      HarbourStory.OPENING
          + "Harbour master Jane Okafor said the Northport ferries would run as usual, and Okafor"
          + " added that the Northport office will sell the new passes from March.\n\n"
          + HarbourStory.MIDDLE;

  @Test
  void aParagraphNamingTheStorysPeopleAndPlacesAfterABoxOfLinksIsTheStory() {
    String more = recollection("Okafor", "Northport");
    Extraction ex =
        CLEANER.clean(NAMED_STORY + HEADLINES + more, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Northport fishermen blockaded"), ex.text());
    assertFalse(ex.text().contains("City library"), ex.text());
  }

  @Test
  void aLongParagraphNamingOthersAfterABoxOfLinksIsNotTheArticle() {
    String other = recollection("Lindqvist", "Eastbridge");
    Extraction ex =
        CLEANER.clean(NAMED_STORY + HEADLINES + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Northport office"), ex.text());
    assertFalse(ex.text().contains("Eastbridge fishermen"), ex.text());
  }

  /** A paragraph of 45 words that shares few words but its names with {@link #NAMED_STORY}. */
  private static String recollection(String person, String place) {
    return "Asked at the quay whether she expected protests, "
        + person
        + " recalled how "
        + place
        + " fishermen blockaded the channel in 1998, described long nights negotiating with their"
        + " union, praised volunteers who cooked soup for stranded tourists, and insisted those"
        + " lessons shaped today's calmer approach to the port's neighbours.";
  }

  @Test
  void teasersWithTheirSummariesAfterTheStoryAreNotTheArticle() {
    Extraction ex =
        CLEANER.clean(STORY + "Related coverage\n\n" + TEASERS, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("attacking style"), ex.text());
    assertFalse(ex.text().contains("old bridge"), ex.text());
  }

  @Test
  void aShortParagraphOnTheStorysSubjectAfterABoxOfLinksIsKept() {
    String box =
        "Related stories\n\n"
            + "City library extends its opening hours on weekends\n\n"
            + "The repairs of the ferry pier start in May and end in September, the harbour"
            + " authority said.\n\n";
    Extraction ex = CLEANER.clean(STORY + box, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("end in September"), ex.text());
  }

  /** "Top stories", "You may like", and "Most read" in Burmese. */
  @ParameterizedTest
  @ValueSource(strings = {"Top stories", "You may like", "အဖတ်အများဆုံး"})
  void aHeadOfOtherStoriesThatNoBlockPhraseKnowsEndsTheStoryToo(String head) {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    String list = HEADLINES.replace("Related stories", head);
    Extraction ex = CLEANER.clean(STORY + list + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"More on city life", "Mehr zu Hamburg", "Latest in Local News"})
  void aHeadOpeningOnATopicEndsTheStoryToo(String head) {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    String list = HEADLINES.replace("Related stories", head);
    Extraction ex = CLEANER.clean(STORY + list + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
  }

  @Test
  void aLinkToASectionDrawnWithAnArrowIsNoHead() {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    String list = HEADLINES.replace("Related stories", "More on city life ›");
    Extraction ex = CLEANER.clean(STORY + list + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("regional orchestra"), ex.text());
  }

  /** The harbour story in Japanese, written without spaces between words. */
  private static final String JAPANESE_STORY =
      "港のフェリー運賃、春に値上げへ\n\n"
          + "港湾局は火曜日、北側の桟橋の修理費用を賄うため、フェリー運賃を春から９％引き上げると"
          + "発表した。値上げは４年ぶりとなる。\n\n"
          + "毎日港を渡って通勤する人にとっては年間で約４０ドルの負担増になるが、年金受給者と学生の"
          + "割引運賃は据え置かれると港湾局は説明した。\n\n"
          + "冬の嵐で壊れた北側の桟橋の修理は夏の大半を要する見通しで、工事が終わるまでフェリーは"
          + "南側の桟橋を使う。\n\n"
          + "市議会の交通委員会は月曜日、長い議論の末にこの計画を承認した。委員の２人は値上げ幅を"
          + "小さくし、２年に分けて実施するよう求めていた。\n\n"
          + "フェリー会社は数か月前から、修理をしなければ桟橋はもう一冬もたないと警告しており、"
          + "港湾局は１月に桟橋の一部で大型車両の通行を禁止していた。\n\n"
          + "新しい運賃は４月１日から適用される。それ以前に購入した定期券は、期限が切れるまで"
          + "旧運賃のまま使えると港湾局は述べた。\n\n";

  /** Three other stories' headlines, each with its summary: teasers after the story. */
  private static final String TEASERS =
      "City library extends its opening hours on weekends\n\n"
          + "From next month the central library stays open until eight in the evening on Saturdays"
          + " and Sundays, when many readers wanted longer hours.\n\n"
          + "Local football club names a new head coach for the season\n\n"
          + "The club chose a former player who coached the youth team for six years, and who"
          + " promised an attacking style of play.\n\n"
          + "Will the new cycle lanes along the river promenade be ready?\n\n"
          + "Work on the two new cycle lanes starts in May, but the planners said that the last"
          + " part near the old bridge may have to wait.\n\n";

  /** Three other stories' headlines in Japanese, for a list under a head. */
  private static final String JAPANESE_HEADLINES =
      "市立図書館、週末の開館時間を延長へ\n\n" + "地元サッカークラブ、新監督に元ユース指導者を起用\n\n" + "川沿いの遊歩道に自転車専用レーン２本を新設へ\n\n";

  /** The first paragraph of another story, after the list. */
  private static final String JAPANESE_OTHER_STORY =
      "地域のオーケストラは秋のシーズンの演奏会の日程を発表し、北欧の作曲家による七つの演奏会と" + "１０月の室内楽音楽祭を予定していると明らかにした。\n\n";

  /** "Related articles", and a head that no block phrase knows but the story's language does. */
  @ParameterizedTest
  @ValueSource(strings = {"関連記事", "おすすめ情報"})
  void inAScriptWithoutSpacesTooTheNextStoryAfterTheListIsNotTheArticle(String head) {
    String list = head + "\n\n" + JAPANESE_HEADLINES;
    Extraction ex =
        CLEANER
            .clean(JAPANESE_STORY + list + JAPANESE_OTHER_STORY, null, SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("旧運賃のまま使える"), ex.text());
    assertFalse(ex.text().contains("オーケストラ"), ex.text());
  }

  @Test
  void inAScriptWithoutSpacesTooTheStoryGoingOnAfterTheListIsKept() {
    String list = "関連記事\n\n" + JAPANESE_HEADLINES;
    String more = "港湾局によると、北側の桟橋の修理中はフェリーの時刻表も変わり、夜の便が減って朝の通勤時間帯の" + "便が増える。\n\n";
    Extraction ex = CLEANER.clean(JAPANESE_STORY + list + more, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("朝の通勤時間帯"), ex.text());
  }

  @Test
  void teasersWithTheirSummariesEndTheStoryWithoutAHead() {
    Extraction ex = CLEANER.clean(STORY + TEASERS, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("old bridge"), ex.text());
  }

  @Test
  void subHeadsOverParagraphsOnTheStorysSubjectAreTheStory() {
    String sections =
        "What commuters will pay for the harbour ferry\n\n"
            + "A monthly pass for the harbour ferry will cost forty more, and a single ferry ticket"
            + " across the harbour will cost twenty cents more from April.\n\n"
            + "When the repairs of the northern pier start\n\n"
            + "The repairs of the northern pier start in May, and the harbour authority expects the"
            + " ferries to return to the pier in September.\n\n"
            + "Why the harbour authority raises the ferry fares now\n\n"
            + "The harbour authority said the storms damaged the pier more than expected, and the"
            + " repairs cannot wait for another winter.\n\n";
    Extraction ex = CLEANER.clean(STORY + sections, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("twenty cents more"), ex.text());
    assertTrue(ex.text().contains("return to the pier in September"), ex.text());
    assertTrue(ex.text().contains("cannot wait for another winter"), ex.text());
  }

  /**
   * Three teasers on the story's own subject, each a category, a headline, its author and an
   * excerpt the site cut short.
   */
  private static final String EXCERPTS =
      "Transport\n\n"
          + "Ferry operators warn of longer queues at the southern pier\n\n"
          + "Jane Roe\n\n"
          + "Ferry operators expect longer queues at the southern pier this summer, while the"
          + " northern pier is repaired, and ask commuters to buy their tickets…\n\n"
          + "Harbour\n\n"
          + "Harbour authority names the builder of the northern pier repairs\n\n"
          + "Tom Roe\n\n"
          + "The harbour authority chose a local builder for the repairs of the northern pier, which"
          + " were damaged by the winter storms, and said the ferry fares will…\n\n"
          + "City\n\n"
          + "Council members ask for a smaller ferry fare increase\n\n"
          + "Jane Roe\n\n"
          + "Two members of the transport committee asked for a smaller increase of the ferry fares,"
          + " spread over two years, after commuters from the harbour...\n\n";

  @Test
  void teasersWithExcerptsCutShortEndTheStoryWhateverTheirSubject() {
    Extraction ex = CLEANER.clean(STORY + EXCERPTS, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("longer queues"), ex.text());
    assertFalse(ex.text().contains("local builder"), ex.text());
    assertFalse(ex.text().contains("spread over two years, after"), ex.text());
  }

  @Test
  void aParagraphOfTheStoryTrailingOffUnderASubHeadIsKept() {
    String trailing =
        "What the commuters say\n\n"
            + "Commuters waiting at the southern pier on Tuesday were not surprised by the new fares,"
            + " though some said they would rather take the bus from now on…\n\n"
            + "The harbour authority said it will publish the new timetable for the ferries at the"
            + " southern pier in March, a month before the new fares take effect.\n\n";
    Extraction ex = CLEANER.clean(STORY + trailing, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("take the bus from now on"), ex.text());
    assertTrue(ex.text().contains("publish the new timetable"), ex.text());
  }

  /** Three other stories' teasers with headlines of a few words, each under its date. */
  private static final String SHORT_TEASERS =
      "12.05.2025 City\n\n"
          + "Library opens on Sundays\n\n"
          + "From next month the central library stays open until eight in the evening on Saturdays"
          + " and Sundays, as many readers had asked for longer hours in a survey last year.\n\n"
          + "11.05.2025 Sport\n\n"
          + "Football club names coach\n\n"
          + "The club chose a former player who coached the youth team for six years, and who"
          + " promised an attacking style of play and more chances for the young players.\n\n"
          + "10.05.2025 City\n\n"
          + "Cycle lanes delayed again\n\n"
          + "Work on the two new cycle lanes begins in July, but the planners said that the last"
          + " part near the old bridge may have to wait for the new bridge to be built.\n\n";

  @Test
  void teasersWithShortHeadlinesUnderARelatedHeadAreNotTheArticle() {
    Extraction ex =
        CLEANER
            .clean(STORY + "Related coverage\n\n" + SHORT_TEASERS, null, SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("attacking style"), ex.text());
    assertFalse(ex.text().contains("old bridge"), ex.text());
  }

  @Test
  void theLastTeasersSummaryEndsTheListThoughItSharesTheStorysWords() {
    String teasers =
        SHORT_TEASERS
                .replace(
                    "Library opens on Sundays",
                    "City library extends its opening hours on weekends")
                .replace("Football club names coach", "Local football club names a new head coach")
                .replace("Cycle lanes delayed again", "The new cycle lanes are delayed once again")
            + "Ferry company orders two new boats for the harbour crossing\n\n"
            + "The ferry company ordered two new boats for the harbour crossing, which will replace"
            + " the two oldest ferries from next spring and carry more bicycles and more cars.\n\n";
    Extraction ex =
        CLEANER.clean(STORY + "Related coverage\n\n" + teasers, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("two new boats"), ex.text());
  }

  @Test
  void aRelatedStorysTeaserOnTheSubjectAmongOtherTeasersIsNotTheArticle() {
    String teasers =
        "Related coverage\n\n"
            + "Pier repairs begin\n\n"
            + "The repairs of the northern pier damaged by the winter storms begin next week, the"
            + " harbour authority said, and the ferries will use the southern pier for the whole"
            + " summer until the work is done.\n\n"
            + "Mary Quill\n\n"
            + "City library extends its opening hours on weekends\n\n"
            + "From next month the central library stays open until eight in the evening on Saturdays"
            + " and Sundays, as many readers had asked for longer hours in a survey last year.\n\n"
            + "Tom Baker\n\n"
            + "Local football club names a new head coach for the season\n\n"
            + "The club chose a former player who coached the youth team for six years, and who"
            + " promised an attacking style of play and more chances for the young players.\n\n"
            + "Ann Smith\n\n"
            + "Two new cycle lanes planned along the river promenade\n\n"
            + "Work on the two new cycle lanes begins in July, but the planners said that the last"
            + " part near the old bridge may have to wait for the new bridge to be built.\n\n"
            + "Tom Baker\n\n";
    Extraction ex = CLEANER.clean(STORY + teasers, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("begin next week"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("old bridge"), ex.text());
  }

  /** Other stories' headlines in a box without a head the rules know, between two paragraphs. */
  private static final String HEADLINE_BOX =
      "Top news\n\n"
          + "All\n\n"
          + "Singer cancels her concert tour at short notice\n\n"
          + "Bakery chain closes forty shops in the north\n\n"
          + "Striker signs a new contract with the club\n\n"
          + "Why coffee keeps getting dearer?\n\n"
          + "Storm warning: rain expected on Friday\n\n"
          + "Museum gets back a stolen painting\n\n"
          + "Show all news\n\n";

  @Test
  void aBoxOfOtherStoriesHeadlinesInTheMiddleOfTheStoryIsNotTheArticle() {
    Extraction ex =
        CLEANER
            .clean(
                HarbourStory.OPENING + HEADLINE_BOX + HarbourStory.MIDDLE + HarbourStory.CLOSING,
                null,
                SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("southern pier until the work is done"), ex.text());
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("concert tour"), ex.text());
    assertFalse(ex.text().contains("stolen painting"), ex.text());
  }

  @Test
  void theSubHeadRightOverTheNextParagraphAfterABoxOfHeadlinesIsKept() {
    String subHead = "Committee approves the new fares\n\n";
    Extraction ex =
        CLEANER
            .clean(
                HarbourStory.OPENING
                    + HEADLINE_BOX.replace("Show all news\n\n", "")
                    + subHead
                    + HarbourStory.MIDDLE
                    + HarbourStory.CLOSING,
                null,
                SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("Committee approves the new fares"), ex.text());
    assertFalse(ex.text().contains("Bakery chain"), ex.text());
  }

  @Test
  void aTableOfNamesAndFiguresInTheStoryIsKept() {
    String table =
        "Ferry passengers per pier\n\n"
            + "Northern Pier Terminal 41200 38%\n\n"
            + "Southern Pier Terminal 30100 28%\n\n"
            + "Old Town Landing 20400 19%\n\n"
            + "Island Quay Landing 9800 9%\n\n"
            + "Lighthouse Point Stop 6500 6%\n\n";
    Extraction ex =
        CLEANER
            .clean(
                HarbourStory.OPENING + table + HarbourStory.MIDDLE + HarbourStory.CLOSING,
                null,
                SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("Island Quay Landing 9800"), ex.text());
  }

  @Test
  void shortSubHeadsOverTheStorysParagraphsAfterABoxOfLinksAreTheStory() {
    String box = "Related stories\n\nCity library extends its opening hours on weekends\n\n";
    String sections =
        "What commuters pay\n\n"
            + "A monthly pass for the harbour ferry will cost forty more, and a single ferry ticket"
            + " across the harbour will cost twenty cents more from April.\n\n"
            + "When repairs start\n\n"
            + "The repairs of the northern pier start in May, and the harbour authority expects the"
            + " ferries to return to the pier in September.\n\n"
            + "Why fares rise now\n\n"
            + "The harbour authority said the storms damaged the pier more than expected, and the"
            + " repairs cannot wait for another winter.\n\n";
    Extraction ex = CLEANER.clean(STORY + box + sections, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("twenty cents more"), ex.text());
    assertTrue(ex.text().contains("return to the pier in September"), ex.text());
    assertTrue(ex.text().contains("cannot wait for another winter"), ex.text());
  }

  @Test
  void aLongParagraphOnTheStorysSubjectUnderALinkIsTheStoryNotASummary() {
    String box =
        "Related stories\n\n"
            + "Library opens on Sundays\n\n"
            + "Football club names coach\n\n"
            + "Two new cycle lanes planned along the river promenade\n\n";
    String closing =
        "The harbour authority said on Wednesday that the ferry fares for pensioners and students"
            + " stay as they are, that the monthly passes bought before April keep their price, and"
            + " that the repairs of the northern pier, which the winter storms damaged, should be"
            + " done by September, when the ferries return to the northern pier and the ferry"
            + " timetable goes back to normal.\n\n"
            + "Tags: harbour\n\n";
    Extraction ex =
        CLEANER.clean(STORY + box + closing + SHORT_TEASERS, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("timetable goes back to normal"), ex.text());
  }

  /** The next story of an endless page: its lead, its dateline, its first paragraphs. */
  private static String nextStory(String datedParagraph) {
    return "The regional orchestra will play seven concerts this autumn, its director said, and"
        + " a festival of chamber music follows in October.\n\n"
        + "Jane Roe\n\n"
        + "May 6, 2025\n\n"
        + datedParagraph;
  }

  @Test
  void theNextStoryWithItsOwnDatelineAfterAHeadIsNotTheArticle() {
    String next =
        nextStory(
            "The orchestra's director said that the programme of the autumn brings music by"
                + " composers from the north, and that tickets go on sale in June.\n\n");
    Extraction ex =
        CLEANER.clean(STORY + "More on\n\nHarbour\n\n" + next, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("tickets go on sale"), ex.text());
  }

  @Test
  void aDatedUpdateOnTheStorysSubjectAfterAHeadIsKept() {
    String update =
        "Update: the harbour authority said that the ferry fares for pensioners and students"
            + " stay as they are, and the repairs of the northern pier start in May.\n\n";
    Extraction ex =
        CLEANER
            .clean(STORY + "More on\n\nHarbour\n\nMay 6, 2025\n\n" + update, null, SiteMemory.NONE)
            .extraction();
    assertTrue(ex.text().contains("stay as they are"), ex.text());
  }

  /** Other stories' bare headlines, one a question, with no head and no summaries. */
  private static final String BARE_HEADLINES =
      "City library extends its opening hours on weekends and holidays\n\n"
          + "Local football club names a former youth coach as its new head coach\n\n"
          + "Regional orchestra announces seven concerts of music from the north\n\n"
          + "Will the two new cycle lanes along the river promenade be ready by summer?\n\n"
          + "Old town market moves to the cathedral square for the winter months\n\n";

  @Test
  void bareHeadlinesOfOtherStoriesAtTheEndAreNotTheArticle() {
    Extraction ex = CLEANER.clean(STORY + BARE_HEADLINES, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("City library"), ex.text());
    assertFalse(ex.text().contains("cycle lanes"), ex.text());
  }

  @Test
  void unpunctuatedLinesFollowedByMoreOfTheStoryAreKept() {
    String story =
        HarbourStory.OPENING + HarbourStory.MIDDLE + BARE_HEADLINES + HarbourStory.CLOSING;
    Extraction ex = CLEANER.clean(story, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    // five other stories' headlines in a row are a box of them, the story going on after it
    assertFalse(ex.text().contains("City library"), ex.text());
  }

  @Test
  void aListTypedWithItsMarkersAtTheStorysEndIsKept() {
    String list = BARE_HEADLINES.replaceAll("(?m)^(?=\\S)", "- ");
    Extraction ex = CLEANER.clean(STORY + list, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("City library"), ex.text());
    assertTrue(ex.text().contains("Regional orchestra"), ex.text());
  }

  /** Two posts of a comment thread with no head over it, each under its author and date. */
  private static String thread(String verb, String firstDate, String secondDate) {
    return "Jane Roe "
        + verb
        + ":\n\n"
        + firstDate
        + "\n\n"
        + "I have taken that ferry for twenty years and the service only ever got worse, so I do"
        + " not see why we should pay more for it now.\n\n"
        + "Tom Miller "
        + verb
        + ":\n\n"
        + secondDate
        + "\n\n"
        + "Nobody in the council ever takes the ferry themselves, otherwise they would have fixed"
        + " that pier many years ago.\n\n";
  }

  @ParameterizedTest
  @CsvSource({
    "says, 6 May 2025 at 10:17, 6 May 2025 at 11:12",
    "sagt, 28. April 2024 um 10:17 Uhr, 28. April 2024 um 11:12 Uhr"
  })
  void aCommentThreadWithoutAHeadIsNotTheArticle(String verb, String first, String second) {
    Extraction ex =
        CLEANER.clean(STORY + thread(verb, first, second), null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("twenty years"), ex.text());
    assertFalse(ex.text().contains("Nobody in the council"), ex.text());
  }

  @Test
  void postsUnderTheirAuthorsAndTimesWithoutAHeadAreNotTheArticle() {
    String thread =
        "harbourfan\n2 hours ago\n\n"
            + "I have taken that ferry for twenty years and the service only ever got worse, so I"
            + " do not see why we should pay more for it now.\n\n"
            + "Tom Miller\n3 hours ago\n\n"
            + "Nobody in the council ever takes the ferry themselves, otherwise they would have"
            + " fixed that pier many years ago.\n\n"
            + "Pensioner from Leith\n5 hours ago\n\n"
            + "Good that we keep the reduced fare, my mother takes the ferry to the market in"
            + " town every single week.\n\n";
    Extraction ex = CLEANER.clean(STORY + thread, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("twenty years"), ex.text());
    assertFalse(ex.text().contains("Nobody in the council"), ex.text());
    assertFalse(ex.text().contains("Good that we keep"), ex.text());
  }

  @Test
  void entriesUnderTimesOfTheirOwnAreTheStory() {
    String entries =
        "Ferries\n\n10:45\n\n"
            + "The first ferry left the southern pier on time this morning, the authority said,"
            + " and the ferries after it kept their timetable.\n\n"
            + "Repairs\n\n11:30\n\n"
            + "Crews started the repairs of the northern pier at half past eleven, and the"
            + " authority expects them to work through the weekend.\n\n"
            + "Fares\n\n12:15\n\n"
            + "The new fares start on the first of April, and the reduced fares for pensioners"
            + " stay as they are.\n\n";
    Extraction ex = CLEANER.clean(STORY + entries, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("first ferry left the southern pier"), ex.text());
    assertTrue(ex.text().contains("work through the weekend"), ex.text());
  }

  @Test
  void quotesIntroducedWithAColonAreTheStory() {
    String quotes =
        "The harbour master says:\n\n"
            + "We have waited for these repairs for years, and the ferries will run on time again"
            + " once the northern pier is open.\n\n"
            + "A commuter, Tom Miller, says:\n\n"
            + "I will pay the higher fare if the ferries are on time, but the council should have"
            + " repaired the pier many years ago.\n\n";
    Extraction ex = CLEANER.clean(STORY + quotes, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("waited for these repairs"), ex.text());
    assertTrue(ex.text().contains("the council should have"), ex.text());
  }

  private static final String OTHER_STORY =
      "The regional orchestra announced its programme for the autumn season, with seven concerts"
          + " of music by composers from the north, and a festival of chamber music in October.\n\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This article is for subscribers only. Subscribe to read on.",
        "Il vous reste 70% de cet article à lire. La suite est réservée aux abonnés.",
        "この記事は会員限定です。登録すると続きをお読みいただけます。"
      })
  void aPaywallNoticeAfterTheStorysFirstParagraphsEndsIt(String notice) {
    String page = HarbourStory.OPENING + notice + "\n\n" + OTHER_STORY;
    Extraction ex = CLEANER.clean(page, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("until the work is done"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
    assertFalse(ex.text().contains("subscribers"), ex.text());
  }

  /** A German story of six paragraphs, 170 words. */
  private static final String FAEHRE =
      "Die Hafenbehörde hat am Dienstag angekündigt, dass die Preise der Fähren im Frühjahr um"
          + " neun Prozent steigen, zum ersten Mal seit vier Jahren, um die Reparatur des"
          + " nördlichen Piers zu bezahlen.\n\n"
          + "Pendler, die den Hafen jeden Tag überqueren, zahlen dann etwa vierzig Euro mehr im"
          + " Jahr, sagte die Behörde, während Rentner und Studenten ihre ermäßigten Fahrkarten"
          + " behalten.\n\n"
          + "Die Reparatur des nördlichen Piers, den die Winterstürme beschädigt haben, wird den"
          + " größten Teil des Sommers dauern, und die Fähren legen so lange am südlichen Pier"
          + " an.\n\n"
          + "Der Verkehrsausschuss des Stadtrats hat den Plan am Montag nach einer langen Debatte"
          + " gebilligt, in der zwei Mitglieder eine kleinere Erhöhung über zwei Jahre"
          + " verlangten.\n\n"
          + "Die Betreiber der Fähren hatten seit Monaten gewarnt, dass der Pier keinen weiteren"
          + " Winter ohne Reparatur überstehen würde, und die Behörde sperrte einen Teil davon im"
          + " Januar für schwere Fahrzeuge.\n\n"
          + "Die Hafenbehörde will die Arbeiten noch vor Ostern ausschreiben, damit die Fähren im"
          + " Herbst wieder am nördlichen Pier anlegen können, wie ein Sprecher am Dienstag"
          + " sagte.\n\n";

  private static final String FAEHRE_END =
      "Die neuen Preise gelten ab dem ersten April; Monatskarten für die Fähren, die vorher"
          + " gekauft werden, behalten ihren Preis, bis sie ablaufen, sagte ein Sprecher der"
          + " Hafenbehörde am Dienstag.\n\n";

  @Test
  void commentCountsUnderTeasersInTheStoryDoNotEndIt() {
    StringBuilder box = new StringBuilder("Mehr zum Thema\n\n");
    String[] teasers = {
      "Fährbetreiber warnen vor höheren Kosten im Winter",
      "Stadtrat streitet über den Ausbau des Radwegs am Hafen",
      "Neue Buslinie verbindet den Bahnhof mit dem Südpier"
    };
    for (int i = 0; i < teasers.length; i++) {
      box.append(teasers[i])
          .append("\n\nVon Jane Roe\n\n")
          .append("Kommentare: ")
          .append(12 + i)
          .append(" , Empfehlungen: ")
          .append(4 + i)
          .append("\n\n");
    }
    Extraction ex = CLEANER.clean(FAEHRE + box + FAEHRE_END, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Die neuen Preise gelten ab dem ersten April"), ex.text());
    assertFalse(ex.text().contains("Kommentare"), ex.text());
  }

  @Test
  void aCommentThreadAfterTheStoryStillEndsIt() {
    String thread =
        "Kommentare (3)\n\n"
            + "Jane Roe\n\n"
            + "Endlich tut die Behörde etwas, der Pier war schon im letzten Winter in einem"
            + " erbärmlichen Zustand, und niemand hat sich darum gekümmert, bis es zu spät war.\n\n"
            + "John Doe\n\n"
            + "Neun Prozent sind eine Frechheit, wenn man bedenkt, wie oft die Fähren im Sommer"
            + " ausfallen und wie wenig Platz es für Fahrräder auf dem Deck gibt.\n\n";
    Extraction ex = CLEANER.clean(FAEHRE + thread, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("wieder am nördlichen Pier anlegen"), ex.text());
    assertFalse(ex.text().contains("erbärmlichen Zustand"), ex.text());
  }

  @Test
  void aLinkToTheCommentsBeforeTheStorysBodyIsNoThreadHead() {
    String page =
        FAEHRE.substring(0, FAEHRE.indexOf("Pendler"))
            + "Kommentare\n\n"
            + "Schon im vergangenen Herbst hatten Umweltverbände mehr Geld für Radwege und"
            + " Busse statt für Schiffe gefordert.\n\n"
            + FAEHRE.substring(FAEHRE.indexOf("Pendler"));
    Extraction ex = CLEANER.clean(page, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Umweltverbände"), ex.text());
    assertTrue(ex.text().contains("wieder am nördlichen Pier anlegen"), ex.text());
  }
}
