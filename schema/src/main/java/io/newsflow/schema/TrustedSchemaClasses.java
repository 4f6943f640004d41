package io.newsflow.schema;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro (1.12.1 and later) only loads the Java classes of a schema it trusts, even for a generated
 * record's default values. This adds the generated classes of this package to whatever the JVM
 * already trusts. The serdes and the newsflow command call it; a consumer of the topics that uses
 * the generated classes directly calls it once at start, or runs with {@code
 * -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schema}.
 */
public final class TrustedSchemaClasses {
  private static boolean registered;

  private TrustedSchemaClasses() {}

  public static synchronized void register() {
    if (!registered) {
      String ours = TrustedSchemaClasses.class.getPackageName();
      ClassSecurityValidator.setGlobal(
          ClassSecurityValidator.composite(
              ClassSecurityValidator.getGlobal(), type -> type.getPackageName().equals(ours)));
      registered = true;
    }
  }
}
