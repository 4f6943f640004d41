package io.newsflow.enrich.text;

/** One written news story in text-page form, in parts, for the tests of where a story ends. */
final class HarbourStory {
  private HarbourStory() {}

  /** The story's first paragraph. */
  static final String FIRST =
      "The harbour authority said on Tuesday that ferry fares will rise by nine percent in spring,"
          + " the first increase in four years, to pay for the repairs of the northern pier.\n\n";

  /** Its second paragraph. */
  static final String SECOND =
      "Commuters who cross the harbour every day will pay about forty more a year, the authority"
          + " said, while pensioners and students keep their reduced ferry fares.\n\n";

  /** The headline and the first three paragraphs. */
  static final String OPENING =
      "Harbour ferry fares to rise in spring\n\n"
          + FIRST
          + SECOND
          + "The repairs of the northern pier, damaged by the winter storms, will take most of the"
          + " summer, and the ferries will use the southern pier until the work is done.\n\n";

  /** Two paragraphs that may follow the opening. */
  static final String MIDDLE =
      "The council's transport committee approved the plan on Monday after a long debate in"
          + " which two members asked for a smaller increase spread over two years instead.\n\n"
          + "Ferry operators had warned for months that the pier could not take another winter"
          + " without repairs, and the authority closed part of it to heavy vehicles in January.\n\n";

  /** The last paragraph. */
  static final String CLOSING =
      "The new fares take effect on the first of April; monthly passes bought before that"
          + " date keep their price until they run out, the harbour authority said.\n\n";

  /** The whole story. */
  static final String WHOLE = OPENING + MIDDLE + CLOSING;

  /** The story on a site's page with {@code insert} between its opening and its middle. */
  static String pageWith(String insert) {
    return "Home\n\nNews\n\n" + OPENING + insert + MIDDLE + CLOSING;
  }
}
