package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code POST /api/service}: {"session", "service", "madonvi", "isUpdating", "data": [{…}]}, answered
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

    JsonNode decide(JsonNode body) {
        if (!sessions.test(body.path("session").asText(null))) {
            return PortalSimulator.answer(BAD_SESSION, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        if (body.path("madonvi").asText("").isBlank()) {
            return PortalSimulator.answer(INVALID, List.of("madonvi: bắt buộc"));
        }
        String service = body.path("service").asText("");
        boolean dossier = service.equals("DongBoHoSoMC");
        if (!dossier && !service.equals("CapNhatTienDoHoSoMC")) {
            return PortalSimulator.answer(UNKNOWN_SERVICE, "Không có dịch vụ " + service);
        }
        // The gateway's clients send their records as a list (OpenCPS's integration does, one or many); this stand-in
        // takes one record a call, as intake sends them, and refuses a bare object as the gateway would.
        JsonNode list = body.path("data");
        if (!list.isArray() || list.size() != 1 || !list.get(0).isObject()) {
            store.countCall(true);
            return PortalSimulator.answer(INVALID, List.of("data: danh sách gồm một hồ sơ"));
        }
        JsonNode data = list.get(0);
        List<String> problems = dossier ? PortalRules.dossierProblems(data) : PortalRules.progressProblems(data);
        if (!problems.isEmpty()) {
            store.countCall(true);
            return PortalSimulator.answer(INVALID, problems);
        }
        PortalStore.Result result =
                dossier ? store.syncDossier(data, updating(body.path("isUpdating"))) : store.progress(data);
        store.countCall(false);
        return switch (result) {
            case OK, REPEAT -> PortalSimulator.answer(OK, "Thành công");
            case EXISTS ->
                PortalSimulator.answer(EXISTS, "Hồ sơ " + data.path("MaHoSo").asText() + " đã tồn tại");
            case UNKNOWN ->
                PortalSimulator.answer(UNKNOWN, "Hồ sơ " + data.path("MaHoSo").asText() + " chưa tồn tại");
        };
    }

    /** isUpdating as JSON's true or false, or the text "True"/"False" some clients send. */
    static boolean updating(JsonNode flag) {
        return flag.isBoolean()
                ? flag.booleanValue()
                : "true".equalsIgnoreCase(flag.asText("").strip());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
