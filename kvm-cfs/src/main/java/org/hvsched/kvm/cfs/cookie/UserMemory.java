package org.hvsched.kvm.cfs.cookie;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.TreeMap;

/**
 * A caller's address space, just large enough for {@code PR_SCHED_CORE_GET}: u64 cells at
 * 8-byte aligned addresses. Writing to an address that is not mapped is a fault ({@code put_user}
 * failing, hence {@code EFAULT}); address 0 is never mapped.
 */
public final class UserMemory {
  private static final long BASE = 0x7f0000001000L;
  private final TreeMap<Long, Long> cells = new TreeMap<>();
  private long nextAddress = BASE;

  /** Maps a new zeroed u64 cell and returns its (8-byte aligned) address. */
  public long alloc() {
    long addr = nextAddress;
    nextAddress += 8;
    cells.put(addr, 0L);
    return addr;
  }

  /** The value at a mapped address. */
  public long read(long addr) {
    Long v = cells.get(addr);
    checkArgument(v != null, "address 0x%s is not mapped", Long.toHexString(addr));
    return v;
  }

  /** {@code put_user}: false (a fault) when the address is not mapped. */
  boolean write(long addr, long value) {
    if (!cells.containsKey(addr)) {
      return false;
    }
    cells.put(addr, value);
    return true;
  }
}
