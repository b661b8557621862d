package vn.motcua.intake.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpTimeoutsTest {
    @Test
    void everyTestOfTheRunGetsTheTimeOuts() {
        // Set by the launcher session, not by this class: the listener is found through META-INF/services.
        var params = RestAssured.config().getHttpClientConfig().params();
        assertEquals(60_000, params.get("http.socket.timeout"));
        assertEquals(10_000, params.get("http.connection.timeout"));
    }

    @Test
    void aListenerThatNeverAnswersEndsInATimeOut() throws Exception {
        // A second short read time-out on the run's own config: shows the parameter's name is the one the client
        // reads (a misspelt one is passed through silently and the call waits forever).
        RestAssuredConfig shorter = RestAssured.config()
                .httpClient(HttpTimeouts.apply(RestAssured.config().getHttpClientConfig(), Duration.ofSeconds(1)));
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/api/dossiers";
            Exception e = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> assertThrows(
                            Exception.class, () -> given().config(shorter).get(url)));
            assertEquals(SocketTimeoutException.class, rootCause(e).getClass(), e.toString());
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }
}
