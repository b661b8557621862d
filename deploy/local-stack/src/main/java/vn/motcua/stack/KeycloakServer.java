package vn.motcua.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its distribution zip, in dev mode (its own H2 store), importing the project's realm.
 * When the realm file changes, Keycloak's store is wiped so that the new realm is imported.
 */
final class KeycloakServer extends ManagedServer {
    static final String REALM = "motcua";

    KeycloakServer(StackConfig config) {
        super(config);
    }

    @Override
    String name() {
        return "keycloak";
    }

    @Override
    int port() {
        return config.keycloakPort();
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + port() + "/realms/" + REALM;
    }

    private Path home() {
        return workDir().resolve("server");
    }

    private Path realmSource() {
        return config.root().resolve("deploy/keycloak/motcua-realm.json");
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(180);
    }

    @Override
    void prepare(Progress progress) {
        try {
            if (!Files.isRegularFile(home().resolve("bin/kc.sh"))) {
                Path zip = config.distDir().resolve("keycloak-dist.zip");
                if (!Files.isRegularFile(zip)) {
                    throw new StackException("Keycloak's distribution is missing at " + zip
                            + "; build the launcher first (deploy/stack does)");
                }
                progress.step(name(), "unpacking Keycloak (first run only)");
                unzipStrippingTopFolder(zip, home());
                home().resolve("bin/kc.sh").toFile().setExecutable(true);
            }
            String hash = sha256(realmSource());
            Path hashFile = workDir().resolve("realm.sha256");
            if (!Files.exists(hashFile) || !Files.readString(hashFile).equals(hash)) {
                progress.step(name(), "realm file changed: Keycloak's local store will be re-imported");
                deleteTree(home().resolve("data/h2"));
                Files.createDirectories(home().resolve("data/import"));
                Files.copy(
                        realmSource(),
                        home().resolve("data/import/motcua-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(hashFile, hash);
            }
        } catch (IOException e) {
            throw new StackException("could not prepare Keycloak in " + workDir() + ": " + e.getMessage(), e);
        }
    }

    @Override
    List<String> command() {
        return List.of(
                home().resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port());
    }

    @Override
    Map<String, String> environment() {
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                "admin",
                "JAVA_OPTS_KC_HEAP",
                "-Xms64m -Xmx768m");
    }

    @Override
    boolean isReady() {
        return Ports.httpStatus(url() + "/.well-known/openid-configuration") == 200;
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = target.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
