package io.newsflow.encoding;

import java.util.List;

/**
 * The first bytes of binary file formats that turn up where pages are expected (documents, images,
 * archives, media, fonts, executables), after the WHATWG MIME-sniffing tables. Formats whose
 * signature is a plain ASCII word a text could start with (BMP's "BM", "MZ") are left out: their
 * control bytes give them away anyway.
 */
final class FileSignature {
  /** Matches any byte. */
  private static final int ANY = -1;

  static final List<FileSignature> KNOWN =
      List.of(
          of("PDF", '%', 'P', 'D', 'F', '-'),
          of("PNG", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
          of("JPEG", 0xFF, 0xD8, 0xFF),
          of("GIF", 'G', 'I', 'F', '8'),
          of("WebP", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'E', 'B', 'P'),
          of("RIFF media", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'A', 'V', 'E'),
          of("TIFF", 'I', 'I', '*', 0x00),
          of("TIFF", 'M', 'M', 0x00, '*'),
          of("ICO", 0x00, 0x00, 0x01, 0x00),
          of("ZIP", 'P', 'K', 0x03, 0x04),
          of("gzip", 0x1F, 0x8B),
          of("7z", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
          of("RAR", 'R', 'a', 'r', '!', 0x1A, 0x07),
          of("xz", 0xFD, '7', 'z', 'X', 'Z', 0x00),
          of("OLE2 (Word, Excel)", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
          of("MP4", ANY, ANY, ANY, ANY, 'f', 't', 'y', 'p'),
          of("Matroska/WebM", 0x1A, 0x45, 0xDF, 0xA3),
          of("Ogg", 'O', 'g', 'g', 'S', 0x00),
          of("MP3", 'I', 'D', '3', 0x03),
          of("MP3", 'I', 'D', '3', 0x04),
          of("WOFF", 'w', 'O', 'F', 'F'),
          of("WOFF2", 'w', 'O', 'F', '2'),
          of("ELF", 0x7F, 'E', 'L', 'F'),
          of("Java class", 0xCA, 0xFE, 0xBA, 0xBE),
          of("WebAssembly", 0x00, 'a', 's', 'm'));

  private final String name;
  private final int[] pattern;

  private FileSignature(String name, int[] pattern) {
    this.name = name;
    this.pattern = pattern;
  }

  private static FileSignature of(String name, int... pattern) {
    return new FileSignature(name, pattern);
  }

  String name() {
    return name;
  }

  /** The signature {@code body} starts with, or null. */
  static FileSignature find(byte[] body) {
    for (FileSignature signature : KNOWN) {
      if (signature.matches(body)) {
        return signature;
      }
    }
    return null;
  }

  boolean matches(byte[] body) {
    if (body.length < pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i] != ANY && (body[i] & 0xFF) != pattern[i]) {
        return false;
      }
    }
    return true;
  }
}
