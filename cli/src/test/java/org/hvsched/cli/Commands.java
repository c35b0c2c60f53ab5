package org.hvsched.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** External commands for the end-to-end tests: run with a timeout, find on PATH, install. */
final class Commands {
  private Commands() {}

  /**
   * A finished command.
   *
   * @param status exit status
   * @param out standard output
   * @param err standard error
   */
  record Result(int status, String out, String err) {
    /** For assertion messages. */
    String describe() {
      return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  /** Runs {@code cmd} in {@code dir} with {@code env} added, killing it after {@code timeout}. */
  static Result run(List<String> cmd, Map<String, String> env, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("hvsched-cmd", ".out");
    Path err = Files.createTempFile("hvsched-cmd", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        return new Result(-1, Files.readString(out), Files.readString(err)
            + "\n(killed after " + timeout + ": " + String.join(" ", cmd) + ")");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The executable {@code name} on PATH (or in /usr/sbin, /sbin, where daemons live). */
  static Optional<Path> onPath(String name) {
    List<String> dirs = new ArrayList<>(List.of(
        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether this JVM runs as root. */
  static boolean isRoot() {
    try {
      Result r = run(List.of("id", "-u"), Map.of(), Path.of("/"), Duration.ofSeconds(10));
      return r.status() == 0 && r.out().strip().equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Installs the Debian packages providing the commands of {@code needs} (command to package)
   * that are not on PATH, with apt-get (root only). Returns the commands still missing, with
   * apt-get's complaint, empty when everything is there.
   */
  static Optional<String> ensureInstalled(Map<String, String> needs)
      throws IOException, InterruptedException {
    Map<String, String> missing = new LinkedHashMap<>();
    needs.forEach((command, pkg) -> {
      if (onPath(command).isEmpty()) {
        missing.put(command, pkg);
      }
    });
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q",
        "--no-install-recommends"));
    missing.values().stream().distinct().forEach(install::add);
    Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
    Result r = run(install, env, Path.of("/"), Duration.ofMinutes(10));
    if (r.status() != 0) {
      run(List.of("apt-get", "update", "-q"), env, Path.of("/"), Duration.ofMinutes(5));
      r = run(install, env, Path.of("/"), Duration.ofMinutes(10));
    }
    List<String> still = missing.keySet().stream().filter(c -> onPath(c).isEmpty()).toList();
    return still.isEmpty() ? Optional.empty()
        : Optional.of("still missing " + still + " after " + String.join(" ", install) + ": "
            + r.describe());
  }

  /** The command line that runs hvsched from the test classpath (no spaces allowed in it). */
  static String hvsched() {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    if ((java + cp).contains(" ")) {
      throw new IllegalStateException("a path with a space cannot be passed through HVSCHED: "
          + java + " " + cp);
    }
    return java + " -Xss4m -cp " + cp + " " + Main.class.getName();
  }
}
