package io.newsflow.enrich.entities.conll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A development file split in two halves by document: the documents {@link ConllReader} reads
 * (blocks of 20 sentences where the file has no markers) alternate, even ones to train on, odd ones
 * held out. The German model trains on the even half of GermEval 2014 dev, the only in-domain
 * German data at hand, and every figure on that file is computed on the odd half only.
 */
public final class DevSplit {
  private DevSplit() {}

  /** The even documents: the half a model may train on. */
  public static List<ConllDocument> trainingHalf(List<ConllDocument> documents) {
    return half(documents, 0);
  }

  /** The odd documents: the half kept for scoring and the epoch choice. */
  public static List<ConllDocument> heldOutHalf(List<ConllDocument> documents) {
    return half(documents, 1);
  }

  public static boolean isHeldOut(int documentIndex) {
    return documentIndex % 2 == 1;
  }

  private static List<ConllDocument> half(List<ConllDocument> documents, int parity) {
    List<ConllDocument> out = new ArrayList<>();
    for (int d = parity; d < documents.size(); d += 2) {
      out.add(documents.get(d));
    }
    return out;
  }

  /** SHA-256 of the file's bytes, lower-case hex: how a model card names the file it split. */
  public static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
