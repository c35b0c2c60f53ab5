package org.hvsched.harness.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either nothing or the whole content: the bytes go to a
 * temporary file in the target's folder ({@code .NAME.UUID.tmp}), are forced to disk (so that
 * a node crash cannot leave a renamed but empty result, which a resume would take as done), and
 * the file is renamed over the target (an atomic rename on POSIX file systems, NFS included). An
 * interrupted writer leaves at most a stray {@code .tmp} file, which readers ignore.
 */
public final class AtomicFiles {
  /** Suffix of the temporary files; readers of a folder skip names ending with it. */
  public static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} atomically, replacing it if present. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = temp(target);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.CREATE_NEW)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes text to a file. */
  @FunctionalInterface
  public interface Body {
    /** Writes the content to {@code out}. */
    void write(BufferedWriter out) throws IOException;
  }

  /**
   * Writes the UTF-8 text {@code body} produces to {@code target} atomically; when {@code body}
   * throws, {@code target} is left as it was.
   */
  public static void write(Path target, Body body) throws IOException {
    Path temp = temp(target);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.CREATE_NEW);
          BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
              Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16)) {
        body.write(out);
        out.flush();
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A temporary name next to {@code target}, unique across processes and hosts (a random UUID:
   * two shards on two nodes may write the same id at once). Created with the default
   * permissions (the umask), not the owner-only ones of {@code Files.createTempFile}, so that
   * others who may read the folder may read the results.
   */
  private static Path temp(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.getParent().resolve("." + abs.getFileName() + "." + UUID.randomUUID()
        + TEMP_SUFFIX);
  }

  /** Whether {@code name} is a temporary file of an unfinished {@link #write}. */
  public static boolean isTemporary(String name) {
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }
}
