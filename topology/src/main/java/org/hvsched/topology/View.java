package org.hvsched.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a {@link Topology} that depend on the online set: cores and sockets with online
 * threads, nodes restricted to online CPUs, and the per-CPU lookup arrays (-1 where not online).
 */
final class View {
  final List<Core> cores;
  final List<Socket> sockets;
  final List<Node> nodes;
  final CpuSet[] socketCpus;
  final int[] coreOf;
  final int[] socketOf;
  final int[] nodeOf;
  final int[] threadIndex;

  View(Hardware hw, CpuSet online) {
    int size = hw.maxCpu + 1;
    coreOf = filled(size);
    socketOf = filled(size);
    threadIndex = filled(size);
    nodeOf = hw.nodeArray(online);
    List<Integer> socketOsIds = new ArrayList<>();
    cores = buildCores(hw, online, socketOsIds);
    socketCpus = new CpuSet[socketOsIds.size()];
    sockets = buildSockets(socketOsIds);
    nodes = hw.nodes.entrySet().stream()
        .map(e -> new Node(new NodeId(e.getKey()), e.getValue().intersect(online))).toList();
  }

  private List<Core> buildCores(Hardware hw, CpuSet online, List<Integer> socketOsIds) {
    Map<Integer, List<CpuSet>> bySocket = new LinkedHashMap<>();
    hw.socketOrder.forEach(s -> bySocket.put(s, new ArrayList<>()));
    for (Hardware.HwCore c : hw.cores) {
      CpuSet threads = c.threads().intersect(online);
      if (!threads.isEmpty()) {
        bySocket.get(c.socketOsId()).add(threads);
      }
    }
    List<Core> result = new ArrayList<>();
    for (Map.Entry<Integer, List<CpuSet>> e : bySocket.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      SocketId socket = new SocketId(socketOsIds.size());
      socketOsIds.add(e.getKey());
      e.getValue().sort(null);
      for (CpuSet threads : e.getValue()) {
        CoreId id = new CoreId(result.size());
        result.add(new Core(id, socket, threads));
        int t = 0;
        for (int cpu : threads.toArray()) {
          coreOf[cpu] = id.index();
          socketOf[cpu] = socket.index();
          threadIndex[cpu] = t++;
        }
      }
    }
    return List.copyOf(result);
  }

  private List<Socket> buildSockets(List<Integer> socketOsIds) {
    List<Socket> result = new ArrayList<>();
    for (int s = 0; s < socketOsIds.size(); s++) {
      SocketId id = new SocketId(s);
      List<CoreId> coreIds = cores.stream().filter(c -> c.socket().equals(id)).map(Core::id).toList();
      BitSet bits = new BitSet();
      coreIds.forEach(c -> bits.or(cores.get(c.index()).threads().toBitSet()));
      socketCpus[s] = CpuSet.fromBitSet(bits);
      List<NodeId> nodeIds = socketCpus[s].stream().map(c -> nodeOf[c]).distinct().sorted()
          .mapToObj(NodeId::new).toList();
      result.add(new Socket(id, socketOsIds.get(s), nodeIds, coreIds));
    }
    return List.copyOf(result);
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }
}
