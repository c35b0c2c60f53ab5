package org.hvsched.kvm.cfs.cookie;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The threads of a simulated Linux host as core scheduling sees them: tid, thread group (tgid),
 * process group (pgid, per thread group), owner uid, and the cookie each holds. Threads are
 * created by {@link #spawn} (already there, untagged), {@link #cloneThread} and
 * {@link #forkProcess}; both clones inherit the creator's cookie ({@code sched_core_fork} from
 * {@code copy_process}), exec keeps it. A cookie lives while a thread holds it
 * ({@code sched_core_free} at task free); core scheduling is enabled while any cookie lives
 * ({@code sched_core_get}/{@code sched_core_put}).
 */
public final class ProcessTable {
  /** uid of root, which passes every {@code ptrace_may_access} check (CAP_SYS_PTRACE). */
  public static final int ROOT_UID = 0;

  private final TreeMap<Integer, ThreadEntry> threads = new TreeMap<>();
  private final TreeMap<Integer, Integer> pgidByTgid = new TreeMap<>();
  private final TreeMap<Integer, Integer> uidByTgid = new TreeMap<>();
  private final long maxCookies;
  private long nextCookieId = 1;
  private int liveCookies;

  /** A thread: mutable cookie, fixed ids. */
  static final class ThreadEntry {
    final int tid;
    final int tgid;
    CoreCookie cookie;

    ThreadEntry(int tid, int tgid, CoreCookie cookie) {
      this.tid = tid;
      this.tgid = tgid;
      this.cookie = cookie;
    }
  }

  /** A table whose cookie allocations never fail. */
  public ProcessTable() {
    this(Long.MAX_VALUE);
  }

  /** A table that can allocate at most {@code maxCookies} live cookies (then ENOMEM). */
  public ProcessTable(long maxCookies) {
    checkArgument(maxCookies >= 0, "maxCookies must be >= 0: %s", maxCookies);
    this.maxCookies = maxCookies;
  }

  /**
   * A thread that exists with no cookie (started before anything was tagged). The first thread
   * of a thread group sets its pgid and uid; later ones must agree.
   */
  public void spawn(int tid, int tgid, int pgid, int uid) {
    checkArgument(tid > 0 && tgid > 0 && pgid > 0, "ids must be positive: tid %s tgid %s pgid %s",
        tid, tgid, pgid);
    checkArgument(!threads.containsKey(tid), "tid %s exists", tid);
    Integer knownPgid = pgidByTgid.putIfAbsent(tgid, pgid);
    checkArgument(knownPgid == null || knownPgid == pgid,
        "thread group %s has pgid %s, not %s", tgid, knownPgid, pgid);
    Integer knownUid = uidByTgid.putIfAbsent(tgid, uid);
    checkArgument(knownUid == null || knownUid == uid,
        "thread group %s has uid %s, not %s", tgid, knownUid, uid);
    threads.put(tid, new ThreadEntry(tid, tgid, null));
  }

  /** {@code clone(CLONE_THREAD|...)}: a new thread in the creator's group, with its cookie. */
  public void cloneThread(int parentTid, int childTid) {
    ThreadEntry parent = require(parentTid);
    checkArgument(childTid > 0 && !threads.containsKey(childTid), "tid %s exists", childTid);
    threads.put(childTid, new ThreadEntry(childTid, parent.tgid, cloneCookie(parent)));
  }

  /** {@code fork()}/{@code clone(SIGCHLD)}: a new process in the creator's process group. */
  public void forkProcess(int parentTid, int childPid) {
    ThreadEntry parent = require(parentTid);
    checkArgument(childPid > 0 && !threads.containsKey(childPid), "tid %s exists", childPid);
    threads.put(childPid, new ThreadEntry(childPid, childPid, cloneCookie(parent)));
    pgidByTgid.put(childPid, pgidByTgid.get(parent.tgid));
    uidByTgid.put(childPid, uidByTgid.get(parent.tgid));
  }

  /** {@code setpgid(pid, pgid)} for a whole thread group (pgid 0: the process's own id). */
  public void setpgid(int tgid, int pgid) {
    checkArgument(pgidByTgid.containsKey(tgid), "no thread group %s", tgid);
    pgidByTgid.put(tgid, pgid == 0 ? tgid : pgid);
  }

  /** The thread exits and its task struct is freed: its cookie reference is dropped. */
  public void exit(int tid) {
    ThreadEntry t = require(tid);
    threads.remove(tid);
    putCookie(t.cookie);
    t.cookie = null;
  }

  /** True when the thread exists. */
  public boolean exists(int tid) {
    return threads.containsKey(tid);
  }

  /** The cookie id a thread holds, 0 when untagged. */
  public long cookieOf(int tid) {
    CoreCookie c = require(tid).cookie;
    return c == null ? 0 : c.id();
  }

  /** The thread group of a thread. */
  public int tgidOf(int tid) {
    return require(tid).tgid;
  }

  /** The process group of a thread. */
  public int pgidOf(int tid) {
    return pgidByTgid.get(require(tid).tgid);
  }

  /** Cookies alive now ({@code sched_core_count}). */
  public int liveCookies() {
    return liveCookies;
  }

  /** True while any cookie lives: the static key {@code __sched_core_enabled}. */
  public boolean coreSchedEnabled() {
    return liveCookies > 0;
  }

  ThreadEntry thread(int tid) {
    return threads.get(tid);
  }

  int uidOf(ThreadEntry t) {
    return uidByTgid.get(t.tgid);
  }

  /** Every thread of {@code t}'s thread group, by tid. */
  List<ThreadEntry> threadGroupOf(ThreadEntry t) {
    List<ThreadEntry> out = new ArrayList<>();
    for (ThreadEntry e : threads.values()) {
      if (e.tgid == t.tgid) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every thread of every process in {@code t}'s process group, by tid. */
  List<ThreadEntry> processGroupOf(ThreadEntry t) {
    int pgid = pgidByTgid.get(t.tgid);
    List<ThreadEntry> out = new ArrayList<>();
    for (ThreadEntry e : threads.values()) {
      if (pgidByTgid.get(e.tgid) == pgid) {
        out.add(e);
      }
    }
    return out;
  }

  /** {@code sched_core_alloc_cookie}: a new cookie with one reference, or null (ENOMEM). */
  CoreCookie allocCookie() {
    if (liveCookies >= maxCookies) {
      return null;
    }
    liveCookies++;
    return new CoreCookie(nextCookieId++);
  }

  /** {@code __sched_core_set}: {@code t} takes a reference on {@code cookie}, drops its old. */
  void setCookie(ThreadEntry t, CoreCookie cookie) {
    if (cookie != null) {
      cookie.get();
    }
    CoreCookie old = t.cookie;
    t.cookie = cookie;
    putCookie(old);
  }

  /** {@code sched_core_put_cookie}. */
  void putCookie(CoreCookie cookie) {
    if (cookie != null && cookie.put()) {
      liveCookies--;
    }
  }

  /** {@code sched_core_clone_cookie}: a new reference to {@code t}'s cookie (may be null). */
  CoreCookie cloneCookie(ThreadEntry t) {
    if (t.cookie != null) {
      t.cookie.get();
    }
    return t.cookie;
  }

  private ThreadEntry require(int tid) {
    ThreadEntry t = threads.get(tid);
    checkArgument(t != null, "no thread %s", tid);
    return t;
  }
}
