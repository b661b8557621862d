package vn.motcua.e2e;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Time-outs for every rest-assured call of a test run outside {@code @QuarkusTest} (which sets its own). Without
 * them a call to a port whose listener never answers waits forever: CI once hung 25 minutes that way. Registered in
 * {@code META-INF/services}, so every test class of the module gets them without asking.
 */
public final class HttpTimeouts implements LauncherSessionListener {
    /** Long enough for any answer a test waits for (a slow page under load), short against a CI run. */
    static final Duration READ = Duration.ofSeconds(60);

    static final Duration CONNECT = Duration.ofSeconds(10);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        RestAssured.config = RestAssured.config().httpClient(apply(HttpClientConfig.httpClientConfig(), READ));
    }

    /** The Apache client's own parameter names: rest-assured passes them through unchecked. */
    static HttpClientConfig apply(HttpClientConfig config, Duration read) {
        return config.setParam("http.connection.timeout", (int) CONNECT.toMillis())
                .setParam("http.socket.timeout", (int) read.toMillis());
    }
}
