package io.newsflow.schema;

import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * The writer schemas of earlier versions, so a reader still decodes what an older producer wrote:
 * each is the current schema without the fields added since (Avro's fingerprint covers names, types
 * and order, not docs or defaults, so it is exactly the older schema).
 */
public final class OlderSchemas {
  /** RawPage before {@code listing}, the metadata of the feed or sitemap that listed the page. */
  public static final Schema RAW_PAGE_BEFORE_LISTING = without(RawPage.getClassSchema(), "listing");

  /** The fields dedup added: copies and stories. */
  private static final String[] DEDUP_FIELDS = {
    "duplicate_of", "similarity", "story_id", "story_signals"
  };

  /** Article before {@code from_listing} and {@code entity_model}, which came in one release. */
  public static final Schema ARTICLE_BEFORE_LISTING =
      without(Article.getClassSchema(), concat(DEDUP_FIELDS, "from_listing", "entity_model"));

  /**
   * Article before the dedup fields: the release with {@code from_listing} and {@code
   * entity_model}.
   */
  public static final Schema ARTICLE_BEFORE_DEDUP = without(Article.getClassSchema(), DEDUP_FIELDS);

  private OlderSchemas() {}

  static SchemaStore.Cache store(Schema... older) {
    SchemaStore.Cache store = new SchemaStore.Cache();
    for (Schema s : older) {
      store.addSchema(s);
    }
    return store;
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static Schema without(Schema current, String... added) {
    Set<String> drop = Set.of(added);
    List<Schema.Field> fields =
        current.getFields().stream()
            .filter(f -> !drop.contains(f.name()))
            .map(f -> new Schema.Field(f, f.schema()))
            .toList();
    return Schema.createRecord(
        current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }
}
