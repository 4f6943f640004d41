package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines inside the story that are no article text by their own shape: a caption ending in its photo
 * credit, a link drawn with an arrow, a video or paywall notice.
 */
class ChromeLinesTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String FIRST = HarbourStory.FIRST;
  private static final String SECOND = HarbourStory.SECOND;

  private static Extraction clean(String middle) {
    return CLEANER.clean(FIRST + middle + SECOND, null, SiteMemory.NONE).extraction();
  }

  @Test
  void aCaptionEndingInItsPhotoCreditGoesToTheImages() {
    Extraction ex =
        clean("Crowds wait near the northern pier for the first ferry (Picture: Jane Roe)\n\n");
    assertFalse(ex.text().contains("Crowds wait"), ex.text());
    assertEquals(1, ex.images().size(), ex.images().toString());
    assertEquals("Picture: Jane Roe", ex.images().get(0).credit());
  }

  @Test
  void aCaptionPrintedTwiceInOneLineGoesToTheImagesOnce() {
    String caption =
        "Crowds wait near the northern pier for the first ferry of the morning after the storm"
            + " closed the harbour for two days in January. Photo: Jane Roe/Harbour Wire";
    Extraction ex = clean(caption + caption + "\n\n");
    assertFalse(ex.text().contains("Crowds wait"), ex.text());
    assertEquals(1, ex.images().size(), ex.images().toString());
    assertEquals(caption.substring(0, 40), ex.images().get(0).caption().substring(0, 40));
  }

  @Test
  void aCaptionNamingThePeopleByTheirPlaceInThePhotoGoesToTheImages() {
    Extraction ex =
        clean(
            "Harbour master Jane Okafor, second left, and the ferry crews at the northern pier on"
                + " Tuesday.\n\n"
                + "V. l.: Anna Berg, Tom Lind und Eva Holm am Hafen.\n\n");
    assertFalse(ex.text().contains("second left"), ex.text());
    assertFalse(ex.text().contains("Anna Berg"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    assertEquals(2, ex.images().size(), ex.images().toString());
  }

  @Test
  void aLongCaptionNamingARowOfPeopleGoesToTheImagesToo() {
    Extraction ex =
        clean(
            "Harbour master Jane Okafor, second left, ferry captain Tom Lind, left, engineer Eva"
                + " Holm, centre, pier manager Anna Berg, second right, and the union's Paul Roe,"
                + " right, inspect the damaged northern pier on Tuesday morning, a week after the"
                + " winter storms closed it to heavy vehicles and before the repairs, which will"
                + " take most of the summer, begin in May.\n\n");
    assertFalse(ex.text().contains("second left"), ex.text());
    assertEquals(1, ex.images().size(), ex.images().toString());
  }

  @Test
  void aCaptionEndingInACreditThatReservesItsRightsGoesToTheImages() {
    Extraction ex =
        clean(
            "Die Fähre legt am Dienstag am südlichen Anleger im Hafen an."
                + " Jane Roe/Copyright 2025 The Harbour Wire. All rights reserved.\n\n"
                + "Copyright Jane Roe/Copyright 2025 The Harbour Wire. All rights reserved.\n\n");
    assertFalse(ex.text().contains("südlichen Anleger"), ex.text());
    assertFalse(ex.text().contains("rights reserved"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    assertEquals(
        "Copyright 2025 The Harbour Wire. All rights reserved.", ex.images().get(0).credit());
  }

  @Test
  void theFarRightInAStorysSentenceIsNoPlaceInAPhoto() {
    Extraction ex =
        clean(
            "Counter-protesters gathered in the square where far right groups had planned a march"
                + " on Saturday evening.\n\n");
    assertTrue(ex.text().contains("far right groups"), ex.text());
  }

  @Test
  void aCaptionWithTheCreditInAnotherLanguageToo() {
    Extraction ex = clean("Der Hafen am Abend nach dem Sturm [Foto: Jane Roe]\n\n");
    assertFalse(ex.text().contains("Der Hafen"), ex.text());
  }

  @Test
  void aCaptionEndingInAnUnbracketedCreditGoesToTheImages() {
    Extraction ex =
        clean(
            "Ministers at the press conference on the northern pier. Foto: Jane Roe/dpa\n\n"
                + "Der Hafen am Abend nach dem Sturm © Jane Roe/PA Wire\n\n");
    assertFalse(ex.text().contains("Ministers at the press conference"), ex.text());
    assertFalse(ex.text().contains("Der Hafen"), ex.text());
    assertEquals(2, ex.images().size(), ex.images().toString());
    assertEquals("Foto: Jane Roe/dpa", ex.images().get(0).credit());
  }

  @Test
  void aPhotographerAndAgencyJoinedBySlashesAreACreditAndMakeTheLineAboveACaption() {
    Extraction ex =
        clean(
            "Crowds wait near the northern pier for the first ferry of the morning.\n"
                + "Jane Roe/AFP via Getty Images\n\n"
                + "Der Hafen am Abend nach dem Sturm\n"
                + "Philipp von Roe / picture alliance / dpa\n\n");
    assertFalse(ex.text().contains("Getty"), ex.text());
    assertFalse(ex.text().contains("picture alliance"), ex.text());
    assertFalse(ex.text().contains("Crowds wait"), ex.text());
    assertFalse(ex.text().contains("Der Hafen"), ex.text());
    assertEquals(2, ex.images().size(), ex.images().toString());
    assertEquals("Jane Roe/AFP via Getty Images", ex.images().get(0).credit());
  }

  @Test
  void aBoxOfTheSitesAccountOffersBetweenTheParagraphsIsChrome() {
    Extraction ex =
        clean(
            "SIGN IN TO READ MORE STORIES\n\n"
                + "Unlimited digital access to the Gazette and ten other titles with one account.\n\n"
                + "Enjoy additional articles per month.\n\n"
                + "Daily puzzles and crosswords.\n\n"
                + "View more offers\n\n");
    assertFalse(ex.text().contains("SIGN IN"), ex.text());
    assertFalse(ex.text().contains("Unlimited digital access"), ex.text());
    assertFalse(ex.text().contains("additional articles"), ex.text());
    assertFalse(ex.text().contains("puzzles"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void shortLinesOnTheStorysSubjectAndCodeBesideAccountWordsStay() {
    Extraction ex =
        clean(
            "Monthly ferry pass subscription for commuters: forty more a year.\n\n"
                + "Ferry pass subscription for pensioners and students: reduced fares.\n\n"
                + "fetch(\"/login\", { method: \"POST\" });\n\n"
                + "var form = document.getElementById(\"login-form\");\n\n");
    assertTrue(ex.text().contains("Monthly ferry pass subscription"), ex.text());
    assertTrue(ex.text().contains("for pensioners and students"), ex.text());
    assertTrue(ex.text().contains("login-form"), ex.text());
  }

  @Test
  void aSlashBetweenNamesWithoutAnAgencyStaysText() {
    String lines = "Berlin/Brandenburg\n\nPorts and Harbours / Northern Pier\n\n";
    Extraction ex = clean(lines);
    assertTrue(ex.text().contains("Berlin/Brandenburg"), ex.text());
    assertTrue(ex.text().contains("Ports and Harbours / Northern Pier"), ex.text());
  }

  @Test
  void germanPictureRightsAndCaptionLabelsMarkCaptions() {
    Extraction ex =
        clean(
            "Die Fähre am nördlichen Pier am Abend nach dem Sturm. Bildrechte: Jane Roe\n\n"
                + "Legende: Pendler warten am Morgen am südlichen Pier auf die erste Fähre.\n\n"
                + "Ein Hafenarbeiter an der Mole (Symbolfoto: Jane Roe/dpa)\n\n");
    assertFalse(ex.text().contains("Die Fähre"), ex.text());
    assertFalse(ex.text().contains("Pendler warten"), ex.text());
    assertFalse(ex.text().contains("Hafenarbeiter"), ex.text());
    assertEquals(3, ex.images().size(), ex.images().toString());
    assertEquals("Bildrechte: Jane Roe", ex.images().get(0).credit());
  }

  @Test
  void aCaptionWithItsCreditGluedOnGoesToTheImages() {
    Extraction ex =
        clean(
            "Commuters wait for the first ferry at the southern pierCredit: Jane Roe\n\n"
                + "Der Hafen am Abend nach dem Sturm.Bild: Jane Roe/dpa\n\n");
    assertFalse(ex.text().contains("Commuters wait"), ex.text());
    assertFalse(ex.text().contains("Der Hafen"), ex.text());
    assertEquals(2, ex.images().size(), ex.images().toString());
    assertEquals("Credit: Jane Roe", ex.images().get(0).credit());
  }

  @Test
  void anAgencysMarkGluedToAStorysLastSentenceLeavesItArticleText() {
    Extraction ex = clean("港湾局によると、新しい運賃は４月１日から適用される。(c)AFP\n\n");
    assertTrue(ex.text().contains("新しい運賃"), ex.text());
  }

  @Test
  void jobAdsAddressingEveryGenderAreChrome() {
    Extraction ex =
        clean(
            "Redakteur Hafen und Verkehr (m/w/d) Hafenzeitung GmbH\n\n"
                + "Chargé de mission portuaire (H/F) Port de Marseille\n\n");
    assertFalse(ex.text().contains("Redakteur Hafen"), ex.text());
    assertFalse(ex.text().contains("Chargé de mission"), ex.text());
  }

  @Test
  void aSentenceAboutAJobOfferIsArticleText() {
    Extraction ex =
        clean(
            "Die Hafenbehörde sucht für die Reparatur zwei Techniker (m/w/d), teilte sie am"
                + " Dienstag mit.\n\n");
    assertTrue(ex.text().contains("zwei Techniker (m/w/d)"), ex.text());
  }

  @Test
  void aTeaserEndingInItsLinkToTheStoryIsChrome() {
    Extraction ex =
        clean(
            "Ferry operators expect longer queues at the southern pier this summer, while the"
                + " pier is… Read more\n\n"
                + "Rund 400 Pendler protestieren gegen höhere Fährpreise | mehr\n\n");
    assertFalse(ex.text().contains("longer queues"), ex.text());
    assertFalse(ex.text().contains("Rund 400 Pendler"), ex.text());
  }

  @Test
  void aSentenceEndingInALinksWordsIsArticleText() {
    Extraction ex =
        clean(
            "The authority printed the new timetable on a poster at the pier for commuters who"
                + " want to read more.\n\n");
    assertTrue(ex.text().contains("want to read more"), ex.text());
  }

  @Test
  void aCreditOpenerInsideASentenceLeavesItArticleText() {
    Extraction ex =
        clean(
            "The authority printed the plan with a photo by its own press office on the front"
                + " page.\n\n");
    assertTrue(ex.text().contains("photo by its own press office"), ex.text());
  }

  @Test
  void aParagraphEndingInItsSourceStaysArticleText() {
    Extraction ex =
        clean(
            "Die Fähren fahren während der Reparatur vom südlichen Anleger ab, teilte die"
                + " Hafenbehörde am Dienstag mit. (Quelle: dpa)\n\n");
    assertTrue(ex.text().contains("südlichen Anleger"), ex.text());
  }

  @Test
  void linksDrawnWithAnArrowAreChrome() {
    Extraction ex = clean("More harbour news ›\n\n← Older posts\n\nGo to Home Page »\n\n");
    assertFalse(ex.text().contains("harbour news"), ex.text());
    assertFalse(ex.text().contains("Older posts"), ex.text());
    assertFalse(ex.text().contains("Home Page"), ex.text());
  }

  @Test
  void contactLinesAndAnEmbeddedPostsSignatureAreChrome() {
    Extraction ex =
        clean(
            "Kontakt: jane.roe@harbour-news.example\n\n"
                + "— Harbour Authority (@harbourauthority) March 10, 2025\n\n");
    assertFalse(ex.text().contains("jane.roe@"), ex.text());
    assertFalse(ex.text().contains("@harbourauthority"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void aLineInGuillemetsIsAQuoteNotALink() {
    Extraction ex = clean("«Nous paierons le prix»\n\n");
    assertTrue(ex.text().contains("Nous paierons le prix"), ex.text());
  }

  @Test
  void videoAndPaywallNoticesAreChrome() {
    Extraction ex =
        clean(
            "Story continues below advertisement\n\n"
                + "To view this video please enable JavaScript, and consider upgrading to a web"
                + " browser that supports HTML5 video\n\n"
                + "Sign In or Create an Account\n\n");
    assertFalse(ex.text().contains("continues below"), ex.text());
    assertFalse(ex.text().contains("enable JavaScript"), ex.text());
    assertFalse(ex.text().contains("Create an Account"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void aMenuPrintedAsOneLineIsChrome() {
    Extraction ex =
        clean(
            "World Business Travel Culture Video Sport Weather Top Stories Today Harbour News Local"
                + " Councils Ferries Opinion Podcasts Newsletters\n\n"
                + "Reise Abenteuer Tagebuch Kultur Kino Musik Wissen Technik Gesundheit Wetter Verkehr"
                + " Ratgeber Podcasts Videos Bilder\n\n");
    assertFalse(ex.text().contains("Podcasts Newsletters"), ex.text());
    assertFalse(ex.text().contains("Ratgeber Podcasts"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void titleCaseHeadlinesListsAndProseWithoutAFullStopAreNoMenu() {
    String headline = "Pizza Man Makes Special Delivery To The Harbour Pier During The Storm";
    String names =
        "Jane Roe, Tom Roe, Mary Major, John Doe, Ann Smith, Peter Jones, Paul Brown, Kate Green"
            + " and Mark White";
    String german =
        "Ein Sprecher der Hafenbehörde nannte die Pläne für die Fähren am Nordkai nach der Sitzung"
            + " des Verkehrsausschusses am Montag einen Kompromiss (dpa)";
    Extraction ex = clean(headline + "\n\n" + names + "\n\n" + german + "\n\n");
    assertTrue(ex.text().contains(headline), ex.text());
    assertTrue(ex.text().contains("Peter Jones"), ex.text());
    assertTrue(ex.text().contains("Verkehrsausschusses"), ex.text());
  }

  @Test
  void aNewsletterPromptInTheStoryIsChrome() {
    Extraction ex =
        clean(
            "Get the harbour news in your inbox every morning: sign up to our free Harbour Daily"
                + " newsletter.\n\n"
                + "Der Hafen-Newsletter informiert Sie jeden Morgen über das Wichtigste vom Tag.\n\n");
    assertFalse(ex.text().contains("Harbour Daily"), ex.text());
    assertFalse(ex.text().contains("Hafen-Newsletter"), ex.text());
    assertTrue(ex.text().contains("nine percent"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void aPromptNamingWhereTheNewsArrivesIsChromeToo() {
    Extraction ex =
        clean(
            "Get daily harbour news delivered to your inbox so you never miss a ferry.\n\n"
                + "Die wichtigsten Nachrichten vom Hafen jeden Morgen direkt ins Postfach.\n\n");
    assertFalse(ex.text().contains("delivered to your inbox"), ex.text());
    assertFalse(ex.text().contains("direkt ins Postfach"), ex.text());
  }

  @Test
  void aLongParagraphAboutANewsletterIsArticleText() {
    String paragraph =
        "The harbour authority also said that its weekly newsletter, which about four thousand"
            + " commuters read, will print the new timetable of the ferries in March, with the"
            + " fares for pensioners and students, the dates of the repairs of the northern pier"
            + " and the places where the ferries will stop while the pier is closed, so that no"
            + " commuter is surprised on the first of April.\n\n";
    Extraction ex = clean(paragraph);
    assertTrue(ex.text().contains("weekly newsletter"), ex.text());
  }

  @Test
  void aConsentNoticeForAnEmbeddedPostIsDroppedWithoutSplittingTheStory() {
    String page =
        "Ferry fares rise in spring, the harbour authority said.\n\n"
            + "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können sich"
            + " hier alle externen Inhalte mit einem Klick anzeigen lassen oder wieder"
            + " ausblenden.\n\n"
            + SECOND
            + "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of"
            + " Service apply.\n\n"
            + FIRST;
    Extraction ex = CLEANER.clean(page, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Ferry fares rise in spring"), ex.text());
    assertFalse(ex.text().contains("externen Inhalt"), ex.text());
    assertFalse(ex.text().contains("reCAPTCHA"), ex.text());
    assertTrue(ex.text().contains("northern pier"), ex.text());
  }

  @Test
  void aRowOfShareButtonsPrintedAsOneLineIsChrome() {
    Extraction ex =
        clean(
            "이메일에 공유하기 카카오톡에 공유하기 페이스북에 공유하기 링크 복사하기\n\n"
                + "Auf Facebook teilen Auf X teilen Per E-Mail teilen\n\n");
    assertFalse(ex.text().contains("공유하기"), ex.text());
    assertFalse(ex.text().contains("teilen"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void aKoreanBylineAndAPhotoNoteInBracketsAreNoArticleText() {
    Extraction ex =
        clean(
            "홍길동 기자\n\n"
                + "김영희 기자 younghee@example.kr\n\n"
                + "항구 북쪽 부두에서 첫 배를 기다리는 시민들 [사진 출처 = 항만청]\n\n");
    assertFalse(ex.text().contains("기자"), ex.text());
    assertFalse(ex.text().contains("시민들"), ex.text());
    assertEquals(List.of("홍길동"), ex.authors());
    assertEquals("사진 출처 = 항만청", ex.images().get(0).credit());
  }

  @Test
  void aSentenceEndingInTheTitleIsNoByline() {
    Extraction ex = clean("항만청은 화요일 운임 인상을 발표했다고 밝힌 기자\n\n");
    assertTrue(ex.text().contains("운임 인상"), ex.text());
  }

  @Test
  void aCaptionWhoseCreditABrowserBrokeOverLinesGoesToTheImages() {
    Extraction ex =
        clean("Crowds wait near the northern pier for the first ferry (\nImage:\nJane Roe/PA)\n\n");
    assertFalse(ex.text().contains("Crowds wait"), ex.text());
    assertFalse(ex.text().contains("Jane Roe"), ex.text());
    assertEquals(1, ex.images().size(), ex.images().toString());
  }

  @Test
  void aBracketOpenedEarlierInTheLineJoinsNothing() {
    Extraction ex =
        clean(
            "The harbour authority (which runs the ferries said nothing more on Tuesday\n"
                + "Image of the week\n\n");
    assertTrue(ex.text().contains("Image of the week"), ex.text());
    assertFalse(ex.text().contains("Tuesday Image"), ex.text());
  }

  private static final String GAZETTE_URL = "https://www.harbourgazette.co.uk/news/ferry-fares";

  private static Extraction cleanAt(String page, String siteName, String url) {
    return CLEANER.clean(page, siteName, url, SiteMemory.NONE).extraction();
  }

  @Test
  void aReportersBioNamingTheSiteIsChromeWhenTheSiteIsKnown() {
    String page =
        FIRST
            + SECOND
            + "Jane Roe\n\n"
            + "Jane Roe is a reporter for the Harbour Gazette and has covered city politics since"
            + " 2015.\n\n";
    assertFalse(cleanAt(page, null, GAZETTE_URL).text().contains("is a reporter"));
    assertFalse(cleanAt(page, "Harbour Gazette", null).text().contains("is a reporter"));
    Extraction unknown = cleanAt(page, null, null);
    assertTrue(unknown.text().contains("is a reporter"), unknown.text());
    assertTrue(cleanAt(page, null, GAZETTE_URL).text().contains("reduced ferry fares"));
  }

  @Test
  void aLongBioOrAppealAfterTheStorysLastParagraphIsChrome() {
    String bio =
        "Jane Roe is a senior correspondent for the Harbour Gazette. She has written three books"
            + " on shipping and rail, taught journalism in Leeds and Bristol for a decade, and won"
            + " regional prizes for investigative work on councils, hospitals and housing. Before"
            + " joining she spent twelve years as a producer for radio stations in Wales.";
    String appeal =
        "Stay informed with the Harbour Gazette, your source for independent journalism every"
            + " morning and evening.";
    String page = FIRST + SECOND + "Share this article\n\nJane Roe\n\n" + bio + "\n\n" + appeal;
    Extraction ex = cleanAt(page, null, GAZETTE_URL);
    assertFalse(ex.text().contains("senior correspondent"), ex.text());
    assertFalse(ex.text().contains("Stay informed"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    assertTrue(cleanAt(page, null, null).text().contains("senior correspondent"));
  }

  @Test
  void aBioUnderItsAuthorsNameAfterTheStoryIsChrome() {
    String bio =
        "Jane Roe covers courts and crime, and before that spent twelve years as a radio producer"
            + " in Wales and Scotland.";
    String page = FIRST + SECOND + "Share this article\n\nJane Roe\n\n" + bio + "\n\n";
    assertFalse(cleanAt(page, null, GAZETTE_URL).text().contains("covers courts"));
    String section =
        "Northern Pier\n\nNorthern pier repairs will close the ferry terminal for commuters in"
            + " spring, the authority said.\n\n";
    Extraction ex = cleanAt(FIRST + SECOND + section, null, GAZETTE_URL);
    assertTrue(ex.text().contains("repairs will close"), ex.text());
  }

  @Test
  void aBioPrintedTwiceUnderItsAuthorsNameIsChromeBothTimes() {
    String bio =
        "Jane Roe covers courts and crime, and before that spent twelve years as a radio producer"
            + " in Wales and Scotland.";
    String block = "Jane Roe\n\n" + bio + "\n\n";
    String page = FIRST + SECOND + "Share this article\n\n" + block + "Latest Posts\n\n" + block;
    assertFalse(cleanAt(page, null, GAZETTE_URL).text().contains("covers courts"));
  }

  @Test
  void theStorysLastParagraphNamingItsSiteStays() {
    String last =
        "The authority did not answer the Harbour Gazette's questions about the timetable, the"
            + " crews or the winter service before this article went to print on Tuesday night.";
    Extraction ex =
        cleanAt(FIRST + SECOND + last + "\n\nShare this article\n\n", null, GAZETTE_URL);
    assertTrue(ex.text().contains("did not answer"), ex.text());
  }

  @Test
  void anAppealToTheReaderRightUnderTheStorysLastParagraphIsChrome() {
    for (String appeal :
        List.of(
            "Got a tip? Write to the Harbour Gazette's newsroom, or send your photos and videos"
                + " from the harbour.",
            "Die Harbour Gazette gibt es auch gedruckt: Hier können Sie die Ausgabe am Kiosk"
                + " vorbestellen.")) {
      Extraction ex = cleanAt(FIRST + SECOND + appeal + "\n\n", null, GAZETTE_URL);
      assertFalse(ex.text().contains("Harbour Gazette"), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
  }

  @Test
  void anAppealLongerThanANoticeUnderTheStoryIsChromeWhenItSpeaksToTheReader() {
    String appeal =
        "Before you close this page, think about what the harbour would know without the Harbour"
            + " Gazette. Nobody else sits through the council's committees on piers, ferries and"
            + " fares, reads the authority's budgets line by line or asks why the repairs ran late"
            + " for three winters in a row. We do it because our readers pay for it, not because a"
            + " shipping company or a party does: the Gazette belongs to no one but the people who"
            + " read it. Every week we lose readers who assume someone else is paying for this"
            + " work, and every week the questions we ask get harder to fund. If you read us"
            + " often, if this story told you something you did not know, join the readers who"
            + " keep us independent with a few pounds a month; it takes a minute and you can stop"
            + " at any time.";
    Extraction ex = cleanAt(FIRST + SECOND + appeal + "\n\n", null, GAZETTE_URL);
    assertFalse(ex.text().contains("Before you close"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    String last =
        "The Harbour Gazette asked the authority about the repairs in January, February and March,"
            + " and each time the authority said that the contractor was waiting for steel from"
            + " the mills in the north, which had closed for two weeks over the holidays and then"
            + " again for a strike over pay. The contractor said in April that the steel had"
            + " arrived, that the crews were back on the pier and that the work would be finished"
            + " before the summer timetable starts, but the authority's own minutes, seen by the"
            + " Harbour Gazette, put the end of the work in the autumn and name a second"
            + " contractor for the southern pier, which was never put out to tender.";
    Extraction story = cleanAt(FIRST + SECOND + last + "\n\n", null, GAZETTE_URL);
    assertTrue(story.text().contains("second contractor"), story.text());
  }

  @Test
  void anEmbeddedPostWithItsLinkIsNoArticleText() {
    String post =
        "Queues at the northern pier this morning, the first ferry left forty minutes late."
            + " pic.twitter.com/Ab12Cd34Ef";
    Extraction ex = clean(post + "\n\n— Jane Roe (@janeroe) May 6, 2025\n\n");
    assertFalse(ex.text().contains("Queues at the northern pier"), ex.text());
    assertTrue(ex.text().contains("first increase in four years"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    Extraction link =
        clean(
            "Read the ferry company's statement on the delays https://t.co/Xy98Zw76Vu and its"
                + " timetable for the spring.\n\n");
    assertFalse(link.text().contains("ferry company's statement"), link.text());
  }

  @Test
  void theStorysLastParagraphQuotingSomeoneSpeakingToYouStays() {
    String last =
        "\"You will not see the pier open before summer,\" the harbour master told the Harbour"
            + " Gazette on Tuesday night after the council's vote on the repairs.";
    Extraction ex = cleanAt(FIRST + SECOND + last + "\n\n", null, GAZETTE_URL);
    assertTrue(ex.text().contains("harbour master told"), ex.text());
  }

  @Test
  void theStaffsCreditsUnderAWireStoryAreNoArticleText() {
    for (String credits :
        List.of(
            "Reporting by Jane Roe in Oslo and John Doe in Bergen; Writing by Jane Roe; Editing by"
                + " Mark Smith",
            "– additional reporting by Jane Roe",
            "With reporting by Harbour Wire writer John Doe")) {
      Extraction ex = clean(credits + "\n\n");
      assertFalse(ex.text().contains("Jane Roe") || ex.text().contains("John Doe"), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
    Extraction sentence = clean("Written by hand, the notes were found in the pier's office.\n\n");
    assertTrue(sentence.text().contains("Written by hand"), sentence.text());
  }

  @Test
  void aConsentNoticePrintedAsOneLongParagraphIsChrome() {
    String notice =
        "We use cookies and similar tools to show you this embedded post, which its provider"
            + " loads from its own servers. By loading it, you agree that the provider may store"
            + " cookies on your device and receive your address, the page you read and the time of"
            + " your visit. The provider may use these data for its own purposes, including"
            + " advertising and measuring its audience, in countries whose laws protect personal"
            + " data less than ours do. You can withdraw your consent at any time in the privacy"
            + " settings at the foot of every page, and you will find more about how we handle"
            + " your data in our privacy notice.";
    Extraction ex = clean(notice + "\n\n");
    assertFalse(ex.text().contains("embedded post"), ex.text());
    assertTrue(ex.text().contains("northern pier"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
  }

  @Test
  void theSitesFinePrintIsChromeInAnyLanguage() {
    for (String notice :
        List.of(
            "The opinions expressed are those of the writer and do not necessarily reflect the"
                + " views of the Harbour Gazette, its editors or its owners, who publish this"
                + " column as part of a paid programme for members of the business council.",
            "Dies ist eine maschinelle Übersetzung eines Textes unserer Partner in London.",
            "Anlagen in Fonds sind mit Risiken verbunden, ein Totalverlust des eingesetzten"
                + " Kapitals ist möglich.",
            "以下の意見は筆者個人のもので、転載・複製をご希望の方はお問い合わせください。")) {
      Extraction ex = clean(notice + "\n\n");
      assertFalse(ex.text().contains(notice), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
  }

  @Test
  void theConsentOfASignUpFormIsFinePrint() {
    for (String consent :
        List.of(
            "By pressing Join you agree to the terms of the Harbour Club and are over eighteen.",
            "Send me news and offers from the Harbour Club's partners. Read our privacy notice.",
            "Ich akzeptiere die AGB des Hafenklubs und bin über 18 Jahre alt.",
            "Acepto las condiciones del club del puerto y su política de datos.")) {
      Extraction ex = clean(consent + "\n\n");
      assertFalse(ex.text().contains(consent), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
    String line =
        "Commuters who agree to the terms of the new season ticket keep their seats, the"
            + " authority said, and its privacy rules for the ticket app stay as they are.";
    assertTrue(clean(line + "\n\n").text().contains(line));
  }

  @Test
  void theSitesNoticesAboutTheReadersSubscriptionAreChrome() {
    for (String notice :
        List.of(
            "If you take the paper at home, online access is included in your subscription."
                + " Activate it now.",
            "Mit Ihrem Abo können Sie jeden Monat drei Texte an Freunde verschenken.",
            "Tu cuenta se está usando en otro dispositivo a la vez.",
            "有料会員になると、港の記事をすべてお読みいただけます。")) {
      Extraction ex = clean(notice + "\n\n");
      assertFalse(ex.text().contains(notice), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
  }

  @Test
  void aStoryAboutSubscriptionsSpeakingToTheReaderIsArticleText() {
    String page =
        "The streaming service said on Tuesday that its monthly subscription will cost two euros"
            + " more from April, the first increase since the service started.\n\n"
            + "If you keep your subscription past March, you pay the new monthly price from the"
            + " next bill on.\n\n"
            + "Customers who paid for a whole year in advance keep the old subscription price until"
            + " their year runs out, the service said on Tuesday.\n\n";
    Extraction ex = CLEANER.clean(page, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("If you keep your subscription"), ex.text());
  }

  @Test
  void theDescriptionOfAnEmbeddedVideoIsNoArticleText() {
    for (String video :
        List.of(
            "Der Hafenmeister erklärt, wie die Reparatur des Piers ablaufen soll. 21.04.2025 | 3:18"
                + " min",
            "Crews inspect the damaged pier after the January storm.\n\n12.01.2025 | 2:43 min",
            "Duration 1:30\n\nThe harbour master explains how the repairs of the pier will work.")) {
      Extraction ex = clean(video + "\n\n");
      assertFalse(ex.text().contains("Hafenmeister"), ex.text());
      assertFalse(ex.text().contains("Crews inspect"), ex.text());
      assertFalse(ex.text().contains("harbour master explains"), ex.text());
      assertTrue(ex.text().contains("first increase in four years"), ex.text());
      assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    }
    String times = "The first ferry leaves at 6:15 and the last one at 23:40, the authority said.";
    assertTrue(clean(times + "\n\n").text().contains(times));
  }

  @Test
  void theMostReadStoriesPrintedAsOneRankedLineAreChrome() {
    String ranked =
        "#1 Mayor opens the new market hall after two years of works, and traders move in on"
            + " Monday #2 Ferry crews vote on a strike over the spring timetable #3 Harbour"
            + " swimmers brave the cold for charity on New Year's Day #4 Library extends its hours";
    Extraction ex = clean(ranked + "\n\n");
    assertFalse(ex.text().contains("Mayor opens"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    String line =
        "The #1 ferry of the fleet, the oldest, will be the first to use the repaired pier in"
            + " summer, and the #2 ferry will follow a week later.";
    assertTrue(clean(line + "\n\n").text().contains(line));
  }

  @Test
  void aStoryParagraphAboutOpinionsIsNoFinePrint() {
    String line =
        "The mayor said the opinions of commuters would shape the timetable, and the council"
            + " reflected on the views of pensioners before the vote.";
    assertTrue(clean(line + "\n\n").text().contains(line));
  }

  @Test
  void aJapaneseCaptionEndingInItsCreditGoesToTheImages() {
    Extraction ex =
        clean(
            "港の北側の桟橋で始発のフェリーを待つ人たち＝５日、港町で（山田太郎撮影）\n\n"
                + "会見で運賃の値上げを説明する港湾局の担当者（港町で、５日）＝ロイター\n\n"
                + "港を出るフェリー＝ＡＰ\n\n");
    assertFalse(ex.text().contains("始発のフェリー"), ex.text());
    assertFalse(ex.text().contains("担当者"), ex.text());
    assertFalse(ex.text().contains("港を出る"), ex.text());
    assertEquals("山田太郎撮影", ex.images().get(0).credit());
    assertEquals("AP", ex.images().get(2).credit());
  }

  @Test
  void aKoreanCaptionEndingInItsAgencyOrReporterGoesToTheImages() {
    Extraction ex =
        clean(
            "시민들이 5일 항구 북쪽 부두에서 첫 배를 기다리고 있다. 뉴시스\n\n" + "항만청 관계자가 5일 운임 인상을 설명하고 있다. 홍길동 기자\n\n");
    assertFalse(ex.text().contains("기다리고"), ex.text());
    assertFalse(ex.text().contains("설명하고"), ex.text());
    assertEquals("뉴시스", ex.images().get(0).credit());
    assertEquals("홍길동 기자", ex.images().get(1).credit());
  }

  @Test
  void anEnglishLineEndingInAnAgencyAfterASentenceStays() {
    String line = "The ferries will run every hour from April, the authority said on Tuesday. AFP";
    assertTrue(clean(line + "\n\n").text().contains(line));
  }

  @Test
  void aJapaneseSentenceWithAnEqualsSignIsArticleText() {
    String line = "外国為替市場では一時１ドル＝１５０円台まで円安が進み、港湾局は燃料費の上昇を懸念している（港町）。";
    assertTrue(clean(line + "\n\n").text().contains(line));
  }

  @Test
  void aStoryCitingItsSiteOnItsSubjectKeepsTheLine() {
    String page =
        FIRST
            + SECOND
            + "Fares from April\n\n"
            + "The ferry fares were first reported by the Harbour Gazette, citing the authority's"
            + " budget for the northern pier.\n\n";
    Extraction ex = cleanAt(page, null, GAZETTE_URL);
    assertTrue(ex.text().contains("first reported by the Harbour Gazette"), ex.text());
  }

  @Test
  void aLineNamingTheSiteBetweenTheStorysParagraphsIsArticleText() {
    String page =
        FIRST + "The Harbour Gazette asked the mayor about it on Monday evening.\n\n" + SECOND;
    Extraction ex = cleanAt(page, null, GAZETTE_URL);
    assertTrue(ex.text().contains("asked the mayor"), ex.text());
  }

  @Test
  void aLineNamingTheSiteThatSpeaksToTheReaderBetweenTheParagraphsIsChrome() {
    String appeal = "Follow the Harbour Gazette on your phone and get every update as it happens.";
    Extraction ex = cleanAt(FIRST + appeal + "\n\n" + SECOND, null, GAZETTE_URL);
    assertFalse(ex.text().contains("Follow the Harbour Gazette"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    assertTrue(cleanAt(FIRST + appeal + "\n\n" + SECOND, null, null).text().contains(appeal));
  }

  @Test
  void aLongAppealNamingTheSiteBetweenTheParagraphsIsChrome() {
    String appeal =
        "Local news costs money, and fewer towns have a newsroom of their own every year. The"
            + " Harbour Gazette has covered the council, the courts and the port for ninety years,"
            + " with reporters who live here and answer to no owner but its readers. This month"
            + " half of every new membership goes to the town's youth media club, which teaches"
            + " pupils to report and to check what they read online. If you value that work, join"
            + " us now: it takes a minute and you can leave at any time.";
    Extraction ex = cleanAt(FIRST + appeal + "\n\n" + SECOND, null, GAZETTE_URL);
    assertFalse(ex.text().contains("Local news costs money"), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    String paragraph =
        "The harbour authority first proposed the increase in a letter to the council in"
            + " January, which the Harbour Gazette published in full in February, and the"
            + " council's transport committee then asked for two studies of the fares, one on"
            + " commuters and one on tourists, before it would vote on the plan in the spring.";
    Extraction story = cleanAt(FIRST + paragraph + "\n\n" + SECOND, null, GAZETTE_URL);
    assertTrue(story.text().contains("published in full"), story.text());
  }

  @Test
  void aQuoteNamingTheSiteIsArticleText() {
    String page =
        FIRST
            + SECOND
            + "Fares from April\n\n"
            + "– A strange decision that nobody expected this year, says Harbour Gazette"
            + " commentator Jane Roe.\n\n";
    Extraction ex = cleanAt(page, null, GAZETTE_URL);
    assertTrue(ex.text().contains("A strange decision"), ex.text());
  }

  @Test
  void theSiteIsNamedByItsWordsRunTogetherOrByItsHost() {
    SiteName gazette = SiteName.of(null, GAZETTE_URL);
    assertTrue(gazette.namedIn("Stay informed with The Harbour Gazette."));
    assertTrue(gazette.namedIn("Follow harbourgazette.co.uk on social media."));
    assertTrue(SiteName.of(null, "https://www.cbc.ca/news/x").namedIn("for CBC's bureau"));
    assertTrue(SiteName.of(null, "https://arabic.cnn.com/x").namedIn("ترحب شبكة CNN بالنقاش"));
    assertTrue(SiteName.of(null, "https://www.boersen-zeitung.de/x").namedIn("Börsen-Zeitung"));
    assertTrue(SiteName.of("Lesotho Times", null).namedIn("Lesotho Times, every Thursday"));
    assertFalse(SiteName.of(null, "https://www.timeslive.co.za/x").namedIn("at the time"));
    assertFalse(gazette.namedIn("The harbour authority said so."));
    assertFalse(SiteName.of(null, null).namedIn("The Harbour Gazette"));
  }
}
