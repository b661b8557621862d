package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code POST /api/service}: {"session", "service", "madonvi", "isUpdating", "data": {…}}, answered
 * {"error_code", "message"} with HTTP 200 for everything the gateway itself decides; faults answer as a
 * broken or busy gateway would (500, 429 with Retry-After, a late answer).
 */
final class GatewayCalls implements HttpHandler {
    static final int OK = 0;
    static final int BAD_SESSION = 1;
    static final int INVALID = 2;
    static final int EXISTS = 3;
    static final int UNKNOWN = 4;
    static final int WRONG_CREDENTIALS = 5;
    static final int UNKNOWN_SERVICE = 6;

    private final PortalStore store;
    private final Faults faults;
    private final Predicate<String> sessions;

    GatewayCalls(PortalStore store, Faults faults, Predicate<String> sessions) {
        this.store = store;
        this.faults = faults;
        this.sessions = sessions;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        JsonNode body = PortalSimulator.JSON.readTree(ex.getRequestBody());
        Faults.Mode fault = faults.take();
        switch (fault) {
            case ERROR -> {
                PortalSimulator.send(ex, 500, "{\"message\":\"Internal Server Error\"}");
                return;
            }
            case THROTTLE -> {
                ex.getResponseHeaders().set("Retry-After", "1");
                PortalSimulator.send(ex, 429, "{\"message\":\"Too Many Requests\"}");
                return;
            }
            case SLOW -> pause(faults.delayMillis());
            default -> {}
        }
        String answer = decide(body).toString();
        if (fault == Faults.Mode.ACCEPT_THEN_TIMEOUT) {
            pause(Math.max(faults.delayMillis(), 10_000));
        }
        PortalSimulator.send(ex, 200, answer);
    }

    private JsonNode decide(JsonNode body) {
        if (!sessions.test(body.path("session").asText(null))) {
            return PortalSimulator.answer(BAD_SESSION, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        if (body.path("madonvi").asText("").isBlank()) {
            return PortalSimulator.answer(INVALID, List.of("madonvi: bắt buộc"));
        }
        JsonNode data = body.path("data");
        String service = body.path("service").asText("");
        List<String> problems = switch (service) {
            case "DongBoHoSoMC" -> PortalRules.dossierProblems(data);
            case "CapNhatTienDoHoSoMC" -> PortalRules.progressProblems(data);
            default -> null;
        };
        if (problems == null) {
            return PortalSimulator.answer(UNKNOWN_SERVICE, "Không có dịch vụ " + service);
        }
        if (!problems.isEmpty()) {
            store.countCall(true);
            return PortalSimulator.answer(INVALID, problems);
        }
        PortalStore.Result result = service.equals("DongBoHoSoMC")
                ? store.syncDossier(data, body.path("isUpdating").asBoolean(false))
                : store.progress(data);
        store.countCall(false);
        return switch (result) {
            case OK, REPEAT -> PortalSimulator.answer(OK, "Thành công");
            case EXISTS ->
                PortalSimulator.answer(EXISTS, "Hồ sơ " + data.path("MaHoSo").asText() + " đã tồn tại");
            case UNKNOWN ->
                PortalSimulator.answer(UNKNOWN, "Hồ sơ " + data.path("MaHoSo").asText() + " chưa tồn tại");
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
