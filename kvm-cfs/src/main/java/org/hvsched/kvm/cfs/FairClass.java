package org.hvsched.kvm.cfs;

/** Which fair-class algorithm an instance runs; fixed by the provider. */
public enum FairClass {
  /** CFS as in Linux 6.1 (the last LTS before EEVDF): vruntime, slices, sleeper credit. */
  CFS,
  /** EEVDF as merged in Linux 6.6: lag, eligibility, virtual deadlines. */
  EEVDF
}
