package org.hvsched.kvm.cfs.testutil;

/** How a fake task alternates between running and sleeping (deterministic). */
public interface Behavior {
  /** A task that never blocks. */
  Behavior HOG = new Behavior() {
    @Override
    public long runNs(int burst) {
      return Long.MAX_VALUE;
    }

    @Override
    public long sleepNs(int burst) {
      return 0;
    }
  };

  /** Runs {@code runNs}, sleeps {@code sleepNs}, forever. */
  static Behavior sleepRun(long runNs, long sleepNs) {
    return new Behavior() {
      @Override
      public long runNs(int burst) {
        return runNs;
      }

      @Override
      public long sleepNs(int burst) {
        return sleepNs;
      }
    };
  }

  /** CPU time of burst number {@code burst} (from 0). */
  long runNs(int burst);

  /** Sleep after burst number {@code burst}. */
  long sleepNs(int burst);
}
