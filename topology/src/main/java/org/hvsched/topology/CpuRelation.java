package org.hvsched.topology;

/**
 * How close two CPUs are: the first of these that holds, in this order. With NUMA nodes inside a
 * socket (sub-NUMA clustering) two CPUs of one node are {@link #SAME_SOCKET}; ask {@link
 * Topology#nodeOf(int)} for the node.
 */
public enum CpuRelation {
  /** The same logical CPU. */
  SAME_CPU,
  /** SMT siblings: different threads of one core. */
  SAME_CORE,
  /** Different cores of one socket. */
  SAME_SOCKET,
  /** Different sockets, one NUMA node. */
  SAME_NODE,
  /** Nothing shared. */
  OTHER
}
