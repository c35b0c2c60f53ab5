/**
 * Where fair tasks run: the scheduling-domain hierarchy built from the pool's topology (SMT,
 * LLC, package, NUMA), wake-up CPU selection ({@code select_task_rq_fair},
 * {@code select_idle_sibling}) and load balancing (periodic, new-idle and NOHZ idle balance,
 * active balance), each simplified where upstream is too large and the simplification named in
 * the class Javadoc.
 */
package org.hvsched.kvm.cfs.balance;
