package vn.motcua.tracking.imports.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.domain.SupplementPolicy;
import vn.motcua.tracking.lifecycle.domain.Action;

/** One line of a legacy import: a dossier's timeline from an older one-stop system. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegacyDossier(
        String code,
        String agencyCode,
        String procedureCode,
        String channel,
        BigDecimal workingDays,
        String supplementPolicy,
        List<Event> events) {
    private static final Set<String> CHANNELS = Set.of("ONLINE", "COUNTER");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String type, OffsetDateTime at) {}

    /** The action each legacy event type replays as; RECEIVED starts the clock instead. */
    public static Optional<Action> action(String type) {
        return Optional.ofNullable(
                switch (type == null ? "" : type) {
                    case "SUPPLEMENT_REQUESTED" -> Action.REQUEST_SUPPLEMENT;
                    case "SUPPLEMENT_RECEIVED" -> Action.SUPPLEMENT_RECEIVED;
                    case "RESOLVED" -> Action.RESOLVE;
                    case "RETURNED" -> Action.RETURN_RESULT;
                    case "WITHDRAWN" -> Action.WITHDRAW;
                    default -> null;
                });
    }

    /** Why the line cannot be replayed at all (shape, not history); empty when it may be tried. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || code.isBlank() || code.length() > 64) {
            problems.add("code: cần mã hồ sơ (tối đa 64 ký tự)");
        }
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.length() > 32) {
            problems.add("agencyCode: cần mã cơ quan");
        }
        if (procedureCode == null || procedureCode.isBlank() || procedureCode.length() > 32) {
            problems.add("procedureCode: cần mã thủ tục");
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            problems.add("channel: ONLINE hoặc COUNTER");
        }
        if (time().isEmpty()) {
            problems.add("workingDays: 0, 0.5 hoặc số nguyên ngày làm việc");
        }
        if (policy().isEmpty()) {
            problems.add("supplementPolicy: PAUSE hoặc RESTART (bỏ trống là PAUSE)");
        }
        if (events == null
                || events.isEmpty()
                || events.get(0) == null
                || !"RECEIVED".equals(events.get(0).type())) {
            problems.add("events: sự kiện đầu tiên phải là RECEIVED");
            return problems;
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e == null || e.at() == null) {
                problems.add("events[" + i + "].at: cần thời điểm có múi giờ");
            } else if (i > 0 && action(e.type()).isEmpty()) {
                problems.add("events[" + i + "].type: loại sự kiện không hợp lệ: " + e.type());
            } else if (i > 0
                    && events.get(i - 1) != null
                    && events.get(i - 1).at() != null
                    && e.at().isBefore(events.get(i - 1).at())) {
                problems.add("events[" + i + "].at: các sự kiện phải theo thứ tự thời gian");
            }
        }
        return problems;
    }

    /** The procedure's supplement policy in the old system; absent is PAUSE. */
    public Optional<SupplementPolicy> policy() {
        try {
            return Optional.of(SupplementPolicy.orDefault(supplementPolicy));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<ProcessingTime> time() {
        return workingDays == null ? Optional.empty() : ProcessingTime.parse(workingDays.toPlainString());
    }
}
