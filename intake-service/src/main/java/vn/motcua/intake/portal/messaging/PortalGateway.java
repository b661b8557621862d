package vn.motcua.intake.portal.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import vn.motcua.intake.portal.config.PortalSettings;
import vn.motcua.intake.portal.domain.GatewayAnswer;
import vn.motcua.intake.portal.domain.PortalCodes;

/**
 * The national portal's integration gateway over HTTP(S): a login that returns a session token, then one call
 * per service, answered {"error_code", "message"}. An expired session is renewed once per call. Bodies are
 * never logged (they carry the applicant's ID number).
 */
@ApplicationScoped
public class PortalGateway {
    /** One call as made: the SHA-256 of what was asked (service, isUpdating, data), what came back, how long. */
    public record Call(
            String service,
            String requestHash,
            GatewayAnswer answer,
            Optional<Integer> httpStatus,
            Optional<Integer> errorCode,
            long millis) {}

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern LOOPBACK = Pattern.compile("^http://(127\\.|localhost[:/])");

    private final PortalSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;
    private final AtomicReference<String> session = new AtomicReference<>();
    private final Optional<URI> loginUri;
    private final Optional<URI> serviceUri;

    public PortalGateway(PortalSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        if (settings.enabled() && settings.url().isEmpty()) {
            throw new IllegalStateException("the portal sync is enabled but intake.portal.url (PORTAL_URL) is not set");
        }
        Optional<String> base = settings.url().map(u -> u.replaceAll("/+$", ""));
        this.loginUri = base.map(b -> URI.create(b + "/api/login"));
        this.serviceUri = base.map(b -> URI.create(b + "/api/service"));
        settings.url()
                .filter(u -> settings.enabled()
                        && !u.startsWith("https://")
                        && !LOOPBACK.matcher(u).find())
                .ifPresent(u -> Log.warnf(
                        "the national portal's gateway %s is not HTTPS: applicants' ID numbers would"
                                + " cross the network in clear",
                        u));
    }

    public Call call(String service, boolean updating, Map<String, Object> data) {
        long t0 = System.nanoTime();
        byte[] serialised = dataJson(data); // once: both the hash and the body carry these bytes
        String hash = requestHash(service, updating, serialised);
        try {
            String token = session();
            HttpResponse<byte[]> r = post(serviceUri, body(token, service, updating, serialised));
            JsonNode answer = answerOf(r);
            if (codeOf(answer).filter(c -> c == PortalCodes.BAD_SESSION).isPresent()) {
                session.compareAndSet(token, null);
                r = post(serviceUri, body(session(), service, updating, serialised));
                answer = answerOf(r);
            }
            return new Call(
                    service,
                    hash,
                    answer(r.statusCode(), answer),
                    Optional.of(r.statusCode()),
                    codeOf(answer),
                    millis(t0));
        } catch (IOException | RuntimeException e) {
            return new Call(
                    service,
                    hash,
                    GatewayAnswer.retry(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    Optional.empty(),
                    Optional.empty(),
                    millis(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(
                    service, hash, GatewayAnswer.retry("interrupted"), Optional.empty(), Optional.empty(), millis(t0));
        }
    }

    /** The gateway's own answer, read once; empty for anything that is not one (an HTTP error, a proxy's page). */
    private JsonNode answerOf(HttpResponse<byte[]> r) {
        if (r.statusCode() != 200) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(r.body());
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    /**
     * The answer's error_code: a number, or a number written as text. Provincial clients of the gateway read it both
     * ways (OpenCPS compares it with "00", and elsewhere parses it as an integer), so both are taken.
     */
    static Optional<Integer> codeOf(JsonNode answer) {
        JsonNode code = answer.path("error_code");
        if (code.isIntegralNumber()) {
            return Optional.of(code.asInt());
        }
        return code.isTextual() && NUMBER.matcher(code.textValue().strip()).matches()
                ? Optional.of(Integer.parseInt(code.textValue().strip()))
                : Optional.empty();
    }

    private static GatewayAnswer answer(int httpStatus, JsonNode answer) {
        Optional<Integer> code = codeOf(answer);
        if (httpStatus != 200 || code.isEmpty()) {
            return GatewayAnswer.retry("HTTP " + httpStatus);
        }
        String message = answer.path("message").asText("");
        return switch (code.get()) {
            case PortalCodes.OK -> GatewayAnswer.ok();
            case PortalCodes.EXISTS -> new GatewayAnswer(GatewayAnswer.Kind.EXISTS, message);
            case PortalCodes.UNKNOWN_DOSSIER -> new GatewayAnswer(GatewayAnswer.Kind.UNKNOWN_DOSSIER, message);
            case PortalCodes.INVALID -> new GatewayAnswer(GatewayAnswer.Kind.INVALID, message);
            // A session that could not be renewed, an unknown service: our configuration, not the dossier's data.
            default -> GatewayAnswer.retry("error_code " + code.get() + ": " + message);
        };
    }

    private String session() throws IOException, InterruptedException {
        String current = session.get();
        if (current != null) {
            return current;
        }
        byte[] login = json.writeValueAsBytes(Map.of(
                "username",
                settings.username().orElse(""),
                "password",
                settings.password().orElse("")));
        HttpResponse<byte[]> r = post(loginUri, login);
        JsonNode answer = r.statusCode() == 200 ? json.readTree(r.body()) : json.createObjectNode();
        String token = answer.path("session").asText("");
        if (codeOf(answer).filter(c -> c == PortalCodes.OK).isEmpty() || token.isBlank()) {
            throw new IOException("login refused: HTTP " + r.statusCode() + " "
                    + answer.path("message").asText(""));
        }
        session.set(token);
        return token;
    }

    /**
     * The call's envelope with {@code data} written in as already serialised (it is the last field): a list of one
     * record, as the gateway's clients send it (OpenCPS puts its dossiers in an array, one or many).
     */
    private byte[] body(String token, String service, boolean updating, byte[] data) throws IOException {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("session", token);
        b.put("service", service);
        b.put("madonvi", settings.unitCode());
        b.put("isUpdating", updating);
        byte[] head = json.writeValueAsBytes(b); // {"session":…,"isUpdating":…}
        byte[] field = ",\"data\":[".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + field.length + data.length + 2);
        out.write(head, 0, head.length - 1);
        out.write(field);
        out.write(data);
        out.write(']');
        out.write('}');
        return out.toByteArray();
    }

    private HttpResponse<byte[]> post(Optional<URI> uri, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        uri.orElseThrow(() -> new IllegalStateException("intake.portal.url is not set")))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] dataJson(Map<String, Object> data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String requestHash(String service, boolean updating, byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((service + "|" + updating + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
