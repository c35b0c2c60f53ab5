package org.hvsched.cli;

/**
 * A check failed (spec.md section 1, exit status 1): isolation exposure under a policy that claims
 * isolation, an invariant violation, a policy that threw. The CLI prints {@code hvsched: error:
 * MESSAGE} on one line and exits 1; the stack trace only with {@code --debug}.
 */
public final class CheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed, naming configuration, seed, simulated time, CPU, task */
  public CheckFailedException(String message) {
    super(message);
  }

  /** With the underlying cause (printed with {@code --debug}). */
  public CheckFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
