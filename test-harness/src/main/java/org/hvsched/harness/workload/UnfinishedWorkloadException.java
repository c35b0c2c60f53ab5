package org.hvsched.harness.workload;

/**
 * A workload whose result is a makespan did not finish within the run. The CLI maps it to exit
 * status 1 (a check failed; spec.md section 3): the user must raise {@code duration}.
 */
public final class UnfinishedWorkloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String domain;

  /**
   * @param domain the domain (or {@code domain/thread}) whose workload did not finish
   * @param message what was left and by when
   */
  public UnfinishedWorkloadException(String domain, String message) {
    super(domain + ": " + message);
    this.domain = domain;
  }

  /** The domain (or {@code domain/thread}) named in the message. */
  public String domain() {
    return domain;
  }
}
