package io.newsflow.enrich.rules;

import java.util.List;

/**
 * Vocabulary of the text-page cleaner alone. Its phrases are matched at the start of a whole line
 * (a text page's line is a paragraph), where the shared phrases match a short block or lead one.
 *
 * @param sectionEndReasons phrase reasons whose heading line ends a section of the text page
 * @param creditAgencies agencies whose name in a short bracketed line makes it a photo credit
 * @param sourcePrefixes how a source note opens ("Source:", "来源：")
 * @param sourceSentences how a bracketed source sentence opens ("(This is a Reuters' story)")
 * @param promoPhrases channel and app promotions ("Follow us on", "Join our Telegram")
 * @param commentPhrases lines of a comment thread or form ("Leave a reply", "There are 13
 *     comments")
 * @param continuationWords words a line cannot end with: the next line continues its sentence
 * @param relatedHeads whole lines that head a list of other stories ("More on", "Top stories"),
 *     besides the shared related phrases: safe as a whole line of a text page, too short or too
 *     common to be block phrases of the HTML extractor
 * @param linkEnds how a teaser's link to the story ends its line ("… sounds,… Read more", "Rund 400
 *     Feuerwehrleute protestieren | mehr", "… Workshop zum Kurs")
 * @param relatedHeadOpeners how a short head of other stories on a topic opens ("More on Amazon",
 *     "Mehr zu Fleischkonsum", "Latest in News"): the topic after it is any
 * @param newsletterWords the newsletter's name in the words of the shared newsletter phrases
 *     ("newsletter", "nieuwsbrief", "뉴스레터"): a promotion-sized line in the story that names it asks
 *     the reader to sign up
 * @param bylineTitles the reporter's title after a name ("기자")
 * @param paywallNotices what a page prints where the rest of a story is hidden from readers without
 *     an account ("この記事は会員限定です", "Pozostało jeszcze"), matched anywhere in a promotion-sized line:
 *     the story shown ends there
 * @param finePrint phrases of the site's fine print in any language (an opinion disclaimer, a
 *     machine-translation notice, an investment risk warning, reprint terms, the consent of a
 *     sign-up form: "you agree to our terms", "Ich akzeptiere die AGB"), matched anywhere in a line
 *     of up to {@code longNoticeMaxChars}
 * @param creditSuffixes how a photo credit in brackets ends where the photographer's name comes
 *     first ("（代表撮影）", "（王小明摄影）")
 * @param readerWords second-person words, by which a line speaks to the reader ("you", "vous",
 *     "您"); a capitalised one counts only so and inside a sentence (German "Sie")
 * @param embedLinks the links a social network prints in an embedded post's text
 *     ("pic.twitter.com/", "https://t.co/"), matched anywhere in a line: the post's text, not the
 *     story's
 * @param shareNetworks the networks a share bar names ("Facebook", "WhatsApp", "E-Mail"), as whole
 *     words: a short line naming one is a share button among buttons of two networks or more
 * @param toolButtons the page's buttons for the story as a whole line ("Drucken", "Artikel
 *     anhören", "Merken", "Listen"), a player's "0:00" before them allowed
 * @param videoLabels how a video teaser's line opens before a colon or bar ("WATCH | …", "Video:
 *     …")
 * @param videoLines a video player's or photo gallery's lines as a whole line ("Video", "weitere
 *     Videos", "Player wird geladen", "Open this photo in gallery:")
 * @param teaserLabels how a single teaser of another story is labelled between the story's
 *     paragraphs ("Lest auch", "READ NEXT: …"), on a line of its own over the headline or before a
 *     colon on the headline's line
 * @param relativeTimes a teaser's age ("14 hours ago", "vor 2 Std.", "#時間前"), lower-cased with
 *     punctuation as spaces and numbers as "#", ending a short line: the teaser's stamp, and the
 *     headline over it a teaser
 * @param readingTimes a story's reading time ("# min read", "lesezeit # min"), in the same form,
 *     anywhere in a short line: page furniture, no part of the story
 * @param accountWords how the site names the reader's subscription or account ("subscri*",
 *     "account", "Abo", "cuenta", "会員"), matched as whole words, or at a word's start where they
 *     end in "*" (anywhere in scripts without spaces): a line off the story's subject that speaks
 *     to the reader of them is the site's notice
 * @param captionPositions how a caption names the people in a photo by their place ("second left",
 *     "(l.)", "v. l.:", "de gauche à droite"), matched anywhere in a line of up to {@code
 *     longNoticeMaxChars} (a caption naming a row of people runs long): the line is the photo's
 *     caption
 */
public record TextPageWords(
    List<String> sectionEndReasons,
    List<String> creditAgencies,
    List<String> sourcePrefixes,
    List<String> sourceSentences,
    List<String> promoPhrases,
    List<String> commentPhrases,
    List<String> continuationWords,
    List<String> relatedHeads,
    List<String> linkEnds,
    List<String> relatedHeadOpeners,
    List<String> newsletterWords,
    List<String> bylineTitles,
    List<String> paywallNotices,
    List<String> finePrint,
    List<String> creditSuffixes,
    List<String> readerWords,
    List<String> embedLinks,
    List<String> shareNetworks,
    List<String> toolButtons,
    List<String> videoLabels,
    List<String> videoLines,
    List<String> teaserLabels,
    List<String> relativeTimes,
    List<String> readingTimes,
    List<String> accountWords,
    List<String> captionPositions) {}
