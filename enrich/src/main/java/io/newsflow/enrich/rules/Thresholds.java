package io.newsflow.enrich.rules;

/**
 * Every heuristic number of extraction, read from the rules resource: for blocks in both
 * extractors, for the HTML extractor, for the dateline reader and for the text-page cleaner.
 */
public record Thresholds(Blocks blocks, Html html, Dates dates, TextPages textPages) {

  /**
   * Text blocks, in both extractors.
   *
   * @param phraseBlockMaxChars longer blocks are matched by consent-banner phrases only (a lead
   *     phrase may open blocks up to this length, four times it for the exact phrases)
   * @param phraseExactSlack room for counts and punctuation around an exact phrase: "Comments
   *     (1,234)"
   * @param captionMaxChars longer blocks are no caption nor photo credit
   * @param attributionMaxChars longer bracketed blocks are no source note
   */
  public record Blocks(
      int phraseBlockMaxChars,
      int phraseExactSlack,
      int captionMaxChars,
      int attributionMaxChars) {}

  /**
   * The HTML extractor: content scoring, boilerplate hints, figures, byline and title.
   *
   * @param voteMaxCommas a paragraph's commas count up to this many in its vote for its ancestors
   * @param voteCharsPerPoint a paragraph's length adds a point per this many characters...
   * @param voteMaxLengthPoints ...up to this many points
   * @param alternativeScoreRatio containers scoring this share of the best are alternatives to it
   * @param minAlternatives this many alternatives under one ancestor make that ancestor the article
   * @param rivalScoreRatio one element apart from the best container, scoring this share of it and
   *     holding as much text, makes their common ancestor the article (a body split in two parts)
   * @param widenMaxScoreDrop moving up from the best container stops at a parent scoring less than
   *     the last score divided by this
   * @param siblingClassBonus a sibling with the best container's class gains this share of its
   *     score
   * @param hintExemptMinChars a paragraph-like tag with this much text keeps it whatever its class
   * @param hintVetoMinChars a content word in the class vetoes the boilerplate reason from this
   *     size
   * @param classWeight what a positive or negative class token adds to or takes from a container
   * @param retryMinChars with less text than this, the extractor tries again without class hints
   * @param signupBoxLevels how far above an email field a sign-up box may sit
   * @param sectionTitleMaxChars a boilerplate block this short (or a heading) titles a section
   * @param bylineMaxChars longer byline elements are containers, not a byline
   * @param leadingBlocks how many first blocks may be a byline or a dateline
   * @param titleLeadingBlocks how many first blocks may repeat the headline
   * @param bylineBlockMaxExtraChars what a leading byline block may hold besides the author names
   * @param maxH1s how many h1s the title is checked against (the first is often the logo)
   * @param titleAgreement the share of a JSON-LD title's words a visible title must hold
   * @param titleSupportShare a title source (the {@code <title>}, an h1, a declared title) repeats
   *     a candidate title when it holds it as at least this share of its text
   * @param titleSupportMargin a declared title that this many more title sources repeat than the
   *     one chosen by order of trust wins
   * @param titleTailMaxWords a trailing title part this short after a long headline is a site name
   * @param titleHeadMinWords the headline length (in words) that makes such a tail cuttable
   * @param siteNameMaxWords a title part this short (in words) whose first or last word is the
   *     host's own label ("Die Neue Südtiroler Tageszeitung" on tageszeitung.it) is the site's name
   * @param titleMemoryMinPages a leading or trailing title part seen on this many distinct titles
   *     of one site is the site's decoration, cut from its titles
   * @param titleMemoryMaxSites how many sites the title memory keeps (least recently seen go)
   * @param leadMinChars a declared description this long may name the lead above the story
   * @param leadMatchRatio the lead and the description: the shorter holds this share of the longer
   * @param sectionEndMinChars a paragraph of prose this long after a "Related" title ends what the
   *     title dropped: the story goes on
   */
  public record Html(
      int minParagraphChars,
      int maxAncestorLevels,
      int voteMaxCommas,
      int voteCharsPerPoint,
      int voteMaxLengthPoints,
      double alternativeScoreRatio,
      int minAlternatives,
      double rivalScoreRatio,
      int widenMaxScoreDrop,
      double siblingClassBonus,
      double siblingScoreRatio,
      double siblingMinScore,
      int siblingParagraphMinChars,
      double siblingParagraphMaxLinkDensity,
      double containerMaxLinkDensity,
      int containerMaxCommas,
      int linkBlockMaxChars,
      double linkBlockMinDensity,
      int removedTextMaxChars,
      double jsonLdBodyFallbackRatio,
      int jsonLdBodyMinChars,
      int declaredBodyProbeChars,
      int declaredBodyMaxProbes,
      double declaredBodyBonus,
      int signupBoxMaxChars,
      int hintExemptMinChars,
      int hintVetoMinChars,
      int classWeight,
      int maxFigureChars,
      int retryMinChars,
      int signupBoxLevels,
      int sectionTitleMaxChars,
      int bylineMaxChars,
      int leadingBlocks,
      int titleLeadingBlocks,
      int bylineBlockMaxChars,
      int bylineBlockMaxExtraChars,
      int maxH1s,
      double titleAgreement,
      double titleSupportShare,
      int titleSupportMargin,
      int titleTailMaxWords,
      int titleHeadMinWords,
      int siteNameMaxWords,
      int titleMemoryMinPages,
      int titleMemoryMaxSites,
      int maxKeywords,
      int keywordMaxChars,
      int leadMinChars,
      double leadMatchRatio,
      int sectionEndMinChars) {}

  /**
   * The dateline reader and the search for a dateline near the headline.
   *
   * @param minYear earlier years are no web news (the spellings read also require 19xx or 20xx)
   * @param updateLabelReach an update label this close before a date makes it the modified time
   * @param timeReach a time of day is looked for this many characters after (or before) a date
   * @param labelMaxLetters letters a dateline may hold besides its date ("Stand:", "publié le")
   * @param datelineMaxChars longer lines or blocks are no dateline
   * @param searchMaxChars longer elements after the headline are prose, not read for a date
   * @param searchMaxElements how many elements after the headline are read
   * @param searchMaxOwnChars how many characters of their own text are read
   * @param searchLeadingBlocks without a headline, how many first blocks may be a date
   * @param searchTableLevels a date this close below a table cell is a fact, not a dateline
   */
  public record Dates(
      int minYear,
      int maxYear,
      int updateLabelReach,
      int timeReach,
      int labelMaxLetters,
      int datelineMaxChars,
      int searchMaxChars,
      int searchMaxElements,
      int searchMaxOwnChars,
      int searchLeadingBlocks,
      int searchTableLevels) {}

  /**
   * The text-page cleaner.
   *
   * @param lineCost what each line costs in the content-region search, in words: a paragraph of
   *     more words than this pays for its line, a menu item does not
   * @param unpunctuatedProseMinWords a line without sentence punctuation at its end pays for its
   *     line only from this many words (a paragraph in a script written without it); shorter, it is
   *     a headline, menu item or link and at most costs
   * @param boilerplateCost the cost of a line known to be chrome (lexicon, site memory, credit)
   * @param bylineMaxWords a byline line names at most this many words of authors...
   * @param bylineMinCapitalised ...this share of them capitalised
   * @param commentLineMaxChars longer lines are no comment-thread line
   * @param promoLineMaxChars longer lines are no promotion
   * @param linkLineMaxWords a line with a URL and at most this many words is a bare link
   * @param creditMaxWords longer lines are no photo credit by agency or text-page prefix
   * @param captionCreditMaxDistance a credit this few lines after a caption belongs to it
   * @param paragraphMinWords the first paragraph, which the headline precedes, has this many words
   * @param headlineLookBack how many lines before the first paragraph may be the headline
   * @param headlineSlugLookBack ...or this many, for a heading that holds at least...
   * @param headlineSlugMinShare ...this share of the words of the page URL's slug
   * @param headlineSubjectMinShare without a slug's headline, the heading (as far up as a slug's)
   *     whose content words the story repeats most, at least this share of them...
   * @param headlineSubjectMinWords ...and this many, is the headline
   * @param leadMaxGap the story's lead (standfirst) right under the headline is the story's even
   *     when up to this many lines of chrome (a byline, a date, share buttons, a caption) stand
   *     between it and the story's first paragraph
   * @param echoMaxDistance a repeated line this close to the first copy is an echo
   * @param repeatedLineMinCount a short line printed this often in a page is chrome
   * @param datelineMaxOtherWords words a dateline line may hold besides its date and time
   * @param noteLineMaxChars longer lines keep a bracketed note at their end
   * @param fragmentMaxWords a line this short before a broken line is joined to it
   * @param headlineListMinLines this many headline-shaped lines under a related or newsletter head
   *     after the story's body are a list of other stories...
   * @param bareHeadlinesMinLines this many headline-shaped lines after the story's body, with no
   *     head over them, are a list of other stories too when they run to the article region's
   *     end...
   * @param bareHeadlinesMaxOnSubject ...and at most this share of them shares the story's words
   * @param headlineRunMinLines this many headline-shaped lines in a row between the story's
   *     paragraphs (each of at least {@code headlineRunMinWords} words, starting with a capital, no
   *     table row), with no paragraph between them, are a box of other stories' headlines...
   * @param headlineRunMinWords ...counting lines of this many words or more...
   * @param headlineRunMaxOnSubject ...when at most this share of them shares the story's words
   * @param storyWordsMinShare ...and the story has ended there unless the next paragraph has this
   *     share of its content words in the story (a box in the middle of the story)...
   * @param storyNamesMin ...or names this many of the story's names (capitalised words the story
   *     never writes in lower case, not opening a sentence)...
   * @param storyNamesMinWords ...in a paragraph of at least this many words
   * @param menuMinWords a line without a sentence's end or commas, of at least this many words in a
   *     script with case...
   * @param menuMinCapitalised ...of which at least this share is capitalised, is a menu
   * @param unclosedBracketMaxChars a line with a bracket opened this near its end and not closed
   *     goes on on the next line ("… plant (Image:" / "Getty Images)")
   * @param teaserSummaryMaxWords a paragraph on the story's subject longer than this, under a
   *     headline of such a list, is the story going on, not a teaser's summary
   * @param gallerySlidesMin this many lines numbered one after another out of one total ("1/50",
   *     "2/50", ...) are the slides of a photo gallery...
   * @param gallerySlideMaxLines ...when each counter follows the last within this many lines
   * @param maxBlocks the rest of an absurdly long page is cut
   * @param maxFingerprintChars longer lines are not counted by the site memory
   * @param hardWrapMinLines a block of this many lines without a blank line between them may be one
   *     hard-wrapped paragraph...
   * @param hardWrapMinColumns ...when the median width of its lines but the last is at least
   *     this...
   * @param hardWrapMaxColumns ...none of them is wider than this...
   * @param hardWrapMinShare ...nor narrower than this share of the median...
   * @param hardWrapMinFlow ...and at least this share of its line breaks are plainly mid-sentence
   * @param siteLineMaxStoryShare a line of promotion size in the story that names the site, with
   *     less than this share of its content words in the rest of the story, no paragraph next to it
   *     and no quote, is the site speaking of itself (a reporter's bio, an appeal, a notice)
   * @param accountBoxMinLines a run of lines between the story's paragraphs with this many lines
   *     naming the reader's account or subscription is a box of the site's offers
   * @param longNoticeMaxChars the longest notice of the site: fine print, and after the story's
   *     last paragraph a line naming the site (a bio, an appeal), which may stand beside a
   *     paragraph unless it follows the story's last paragraph directly
   */
  public record TextPages(
      int lineCost,
      int boilerplateCost,
      int headlineMinWords,
      int headlineMaxWords,
      int shortLineMaxWords,
      int bylineMaxChars,
      int bylineMaxWords,
      double bylineMinCapitalised,
      int commentLineMaxChars,
      int promoLineMaxChars,
      int linkLineMaxWords,
      int creditMaxWords,
      int captionCreditMaxDistance,
      int paragraphMinWords,
      int headlineLookBack,
      int headlineSlugLookBack,
      double headlineSlugMinShare,
      double headlineSubjectMinShare,
      int headlineSubjectMinWords,
      int leadMaxGap,
      int headlineMaxChars,
      int headingMaxChars,
      int echoMaxDistance,
      int repeatedLineMinCount,
      int repeatedLineMaxWords,
      int sectionBodyMinWords,
      int sectionCutMinWords,
      int maxBlocks,
      int maxFingerprintChars,
      int datelineMaxOtherWords,
      int noteLineMaxChars,
      int fragmentMaxWords,
      int headlineListMinLines,
      double storyWordsMinShare,
      int storyNamesMin,
      int storyNamesMinWords,
      int teaserSummaryMaxWords,
      int unclosedBracketMaxChars,
      int menuMinWords,
      double menuMinCapitalised,
      int gallerySlidesMin,
      int gallerySlideMaxLines,
      int unpunctuatedProseMinWords,
      int bareHeadlinesMinLines,
      double bareHeadlinesMaxOnSubject,
      int headlineRunMinLines,
      int headlineRunMinWords,
      double headlineRunMaxOnSubject,
      double siteLineMaxStoryShare,
      int longNoticeMaxChars,
      int accountBoxMinLines,
      int hardWrapMinLines,
      int hardWrapMinColumns,
      int hardWrapMaxColumns,
      double hardWrapMinShare,
      double hardWrapMinFlow) {}
}
