package io.newsflow.schema;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro (since 1.11.4) only instantiates classes it trusts when it resolves a schema to Java
 * classes; this adds the generated classes of this package to whatever the JVM already trusts.
 */
final class TrustedSchemaClasses {
  private static boolean registered;

  private TrustedSchemaClasses() {}

  static synchronized void register() {
    if (!registered) {
      String ours = TrustedSchemaClasses.class.getPackageName();
      ClassSecurityValidator.setGlobal(
          ClassSecurityValidator.composite(
              ClassSecurityValidator.getGlobal(), type -> type.getPackageName().equals(ours)));
      registered = true;
    }
  }
}
