package org.hvsched.topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable model of one host, keyed by the OS logical CPU number: NUMA nodes, sockets, cores
 * and SMT threads, seen through a view (the set of online CPUs). {@link #smtOff()} and {@link
 * #restrictTo(CpuSet)} give other views of the same silicon; CPU numbers and {@link NodeId}s are
 * the same in every view, while {@link CoreId} and {@link SocketId} are dense positions within one
 * view (translate through CPU numbers).
 *
 * <p>Only online CPUs have a core, socket and node in a view: the per-CPU queries ({@link
 * #coreOf}, {@link #siblingsOf}, {@link #socketOf}, {@link #nodeOf}, {@link #threadIndex}) are
 * O(1) array reads and throw {@link IllegalArgumentException} for a CPU that is not online. A core
 * or socket with no online thread is not in the view. Sockets are ordered by their lowest CPU,
 * cores by socket then first CPU. Build one with {@link #builder()}, {@link
 * SyntheticSpec#parse(String)} or an importer.
 */
public final class Topology {
  private final Hardware hw;
  private final CpuSet online;
  private final CpuSet offline;
  private final View view;
  private final Map<Integer, Node> nodeById = new java.util.HashMap<>();

  Topology(Hardware hw, CpuSet online) {
    if (online.isEmpty()) {
      throw new IllegalArgumentException("a topology needs at least one online CPU");
    }
    if (!hw.coreCpus.containsAll(online)) {
      throw new IllegalArgumentException("online CPUs " + online.minus(hw.coreCpus)
          + " belong to no core");
    }
    this.hw = hw;
    this.online = online;
    this.offline = hw.coreCpus.union(hw.offlineWithoutTopology).minus(online);
    this.view = new View(hw, online);
    view.nodes.forEach(n -> nodeById.put(n.id().id(), n));
  }

  /** A builder for hosts described by importers. */
  public static Builder builder() {
    return new Builder();
  }

  /** The online CPUs of this view. */
  public CpuSet online() {
    return online;
  }

  /** CPUs the source knows of that are not online in this view. */
  public CpuSet offline() {
    return offline;
  }

  /** The number of online CPUs. */
  public int cpuCount() {
    return online.size();
  }

  /** The highest CPU number known, online or not. */
  public int maxCpu() {
    return hw.maxCpu;
  }

  /** Cores with at least one online thread, by socket then first CPU; index = {@link CoreId}. */
  public List<Core> cores() {
    return view.cores;
  }

  /** Sockets with at least one online core, by lowest CPU; index = {@link SocketId}. */
  public List<Socket> sockets() {
    return view.sockets;
  }

  /** Every NUMA node the source lists, ascending id, memory-only nodes included. */
  public List<Node> nodes() {
    return view.nodes;
  }

  /** The core with this id. */
  public Core core(CoreId id) {
    return view.cores.get(checkIndex(id.index(), view.cores.size(), "core"));
  }

  /** The socket with this id. */
  public Socket socket(SocketId id) {
    return view.sockets.get(checkIndex(id.index(), view.sockets.size(), "socket"));
  }

  /** The node with this id. @throws IllegalArgumentException if the host has no such node */
  public Node node(NodeId id) {
    Node n = nodeById.get(id.id());
    if (n == null) {
      throw new IllegalArgumentException("no NUMA node " + id.id() + "; nodes are "
          + view.nodes.stream().map(x -> Integer.toString(x.id().id())).toList());
    }
    return n;
  }

  /** The core of an online CPU. */
  public CoreId coreOf(int cpu) {
    return view.cores.get(view.coreOf[checkOnline(cpu)]).id();
  }

  /** The online threads of {@code cpu}'s core, {@code cpu} included. */
  public CpuSet siblingsOf(int cpu) {
    return view.cores.get(view.coreOf[checkOnline(cpu)]).threads();
  }

  /** The position of {@code cpu} among its core's online threads, ascending from 0. */
  public int threadIndex(int cpu) {
    return view.threadIndex[checkOnline(cpu)];
  }

  /** The socket of an online CPU. */
  public SocketId socketOf(int cpu) {
    return view.sockets.get(view.socketOf[checkOnline(cpu)]).id();
  }

  /** The NUMA node of an online CPU. */
  public NodeId nodeOf(int cpu) {
    return nodeById.get(view.nodeOf[checkOnline(cpu)]).id();
  }

  /** The online threads of a core. */
  public CpuSet threadsOf(CoreId core) {
    return core(core).threads();
  }

  /** The cores of a socket, in {@link #cores()} order. */
  public List<CoreId> coresOf(SocketId socket) {
    return socket(socket).cores();
  }

  /** The online CPUs of a socket. */
  public CpuSet cpusOf(SocketId socket) {
    return view.socketCpus[checkIndex(socket.index(), view.sockets.size(), "socket")];
  }

  /** The online CPUs of a NUMA node (empty for a memory-only node). */
  public CpuSet cpusOf(NodeId node) {
    return node(node).cpus();
  }

  /** How close two online CPUs are. */
  public CpuRelation relation(int a, int b) {
    checkOnline(a);
    checkOnline(b);
    if (a == b) {
      return CpuRelation.SAME_CPU;
    } else if (view.coreOf[a] == view.coreOf[b]) {
      return CpuRelation.SAME_CORE;
    } else if (view.socketOf[a] == view.socketOf[b]) {
      return CpuRelation.SAME_SOCKET;
    } else if (view.nodeOf[a] == view.nodeOf[b]) {
      return CpuRelation.SAME_NODE;
    }
    return CpuRelation.OTHER;
  }

  /** The largest number of online threads of any core. */
  public int threadsPerCore() {
    return view.cores.stream().mapToInt(c -> c.threads().size()).max().orElseThrow();
  }

  /** Whether every core has the same number of online threads. */
  public boolean uniformThreadsPerCore() {
    return view.cores.stream().mapToInt(c -> c.threads().size()).distinct().count() == 1;
  }

  /**
   * {@link SmtState#NONE} when every core of the hardware has one thread; {@link SmtState#OFF}
   * when the hardware has SMT but every core of this view has one online thread; else ON.
   */
  public SmtState smt() {
    if (!hw.smtCapable) {
      return SmtState.NONE;
    }
    return threadsPerCore() == 1 ? SmtState.OFF : SmtState.ON;
  }

  /**
   * The view Linux {@code nosmt} / Xen {@code smt=off} gives: only the first online thread of
   * every core stays online; the other threads become offline. CPU numbers are unchanged.
   */
  public Topology smtOff() {
    BitSet first = new BitSet();
    view.cores.forEach(c -> first.set(c.threads().first()));
    return new Topology(hw, CpuSet.fromBitSet(first));
  }

  /**
   * The same host with only {@code cpus} online (a cpupool's view). Numbering is kept.
   *
   * @throws IllegalArgumentException if {@code cpus} is empty or holds CPUs not online here
   */
  public Topology restrictTo(CpuSet cpus) {
    if (!online.containsAll(cpus)) {
      throw new IllegalArgumentException("CPUs " + cpus.minus(online) + " are not online on this host ("
          + online + ")");
    }
    if (cpus.isEmpty()) {
      throw new IllegalArgumentException("cannot restrict a topology to no CPU");
    }
    return new Topology(hw, cpus);
  }

  /**
   * The summary line of spec.md section 2, e.g. {@code 2 sockets, 32 cores, 64 threads, 2 NUMA
   * nodes, SMT on} (singular for one).
   */
  public String summary() {
    return count(view.sockets.size(), "socket") + ", " + count(view.cores.size(), "core") + ", "
        + count(cpuCount(), "thread") + ", " + count(view.nodes.size(), "NUMA node") + ", SMT "
        + smt().id();
  }

  /** The OS die id of an online CPU's core, -1 when the source has no die level. */
  public int dieOsIdOf(int cpu) {
    CpuSet threads = siblingsOf(cpu);
    return hw.cores.stream().filter(c -> c.threads().containsAll(threads)).findFirst()
        .orElseThrow().dieOsId();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Topology)) {
      return false;
    }
    Topology t = (Topology) o;
    return online.equals(t.online) && offline.equals(t.offline) && smt() == t.smt()
        && view.cores.equals(t.view.cores)
        && view.sockets.equals(t.view.sockets) && view.nodes.equals(t.view.nodes);
  }

  @Override
  public int hashCode() {
    return online.hashCode() * 31 + view.cores.hashCode();
  }

  @Override
  public String toString() {
    return summary() + " (online " + online + ", offline " + offline + ", cores " + view.cores.stream()
        .map(c -> "{" + c.threads() + "}").collect(java.util.stream.Collectors.joining(" ")) + ")";
  }

  private int checkOnline(int cpu) {
    if (!online.contains(cpu)) {
      throw new IllegalArgumentException("CPU " + cpu + " is not online in this topology (online: "
          + online + ")");
    }
    return cpu;
  }

  private static int checkIndex(int index, int size, String what) {
    if (index >= size) {
      throw new IllegalArgumentException("no " + what + " " + index + "; there are " + size);
    }
    return index;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Collects a host from an importer: cores with their threads (offline threads included where
   * known), NUMA nodes, offline CPUs. {@link #build()} validates and throws {@link
   * IllegalArgumentException} naming what is inconsistent.
   */
  public static final class Builder {
    private final List<Hardware.HwCore> cores = new ArrayList<>();
    private final Map<Integer, CpuSet> nodes = new TreeMap<>();
    private CpuSet online;
    private CpuSet offline = CpuSet.empty();
    private boolean smtCapable;

    private Builder() {}

    /**
     * Declares that the hardware has SMT even if no core shows two known threads (e.g. Xen's
     * {@code smt=0} parks siblings so their topology is unknown): {@link Topology#smt()} is then
     * OFF rather than NONE.
     */
    public Builder smtCapable(boolean capable) {
      this.smtCapable = capable;
      return this;
    }

    /** Adds a core of socket {@code socketOsId} (OS package id) with these hardware threads. */
    public Builder core(int socketOsId, CpuSet threads) {
      return core(socketOsId, -1, threads);
    }

    /** Adds a core with a die id as well (-1 when unknown). */
    public Builder core(int socketOsId, int dieOsId, CpuSet threads) {
      cores.add(new Hardware.HwCore(socketOsId, dieOsId, threads));
      return this;
    }

    /** Adds NUMA node {@code id} with its CPUs (empty for a memory-only node). */
    public Builder node(int id, CpuSet cpus) {
      if (nodes.putIfAbsent(id, cpus) != null) {
        throw new IllegalArgumentException("NUMA node " + id + " is listed twice");
      }
      return this;
    }

    /** The online CPUs; default: every core CPU not marked {@link #offline}. */
    public Builder online(CpuSet cpus) {
      this.online = cpus;
      return this;
    }

    /** Marks CPUs offline; those in no core are kept as CPUs known only to exist. */
    public Builder offline(CpuSet cpus) {
      this.offline = offline.union(cpus);
      return this;
    }

    /** Validates and builds. */
    public Topology build() {
      BitSet coreBits = new BitSet();
      cores.forEach(c -> coreBits.or(c.threads().toBitSet()));
      CpuSet coreCpus = CpuSet.fromBitSet(coreBits);
      CpuSet on = online != null ? online : coreCpus.minus(offline);
      if (on.intersects(offline)) {
        throw new IllegalArgumentException("CPUs " + on.intersect(offline) + " are both online and offline");
      }
      CpuSet withoutTopology = offline.union(on.minus(coreCpus)).minus(coreCpus);
      if (!on.minus(coreCpus).isEmpty()) {
        throw new IllegalArgumentException("online CPUs " + on.minus(coreCpus) + " belong to no core");
      }
      return new Topology(new Hardware(cores, nodes, withoutTopology, smtCapable), on);
    }
  }
}
