package vn.motcua.tracking.lifecycle.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * What a history entry says happened, in the words of the pages: an officer's action reads as its button does, the
 * clock's own entries say what the clock did. The status after it is shown beside, not instead.
 */
public final class HistoryLabels {
    /** The clock's warnings to the agency: not news for the citizen, whose page leaves them out. */
    private static final Set<String> INTERNAL =
            Set.of("DOSSIER_DUE_SOON", "DOSSIER_STEP_DUE_SOON", "DOSSIER_STEP_OVERDUE");

    private static final Map<String, String> SYSTEM = Map.of(
            "DOSSIER_DEADLINE_SET", "Tiếp nhận hồ sơ",
            "DOSSIER_DEADLINE_CHANGED", "Thay đổi hạn giải quyết",
            "DOSSIER_AGENCY_MERGED", "Chuyển cơ quan giải quyết do sắp xếp tổ chức",
            "DOSSIER_OVERDUE", "Quá hạn giải quyết",
            "DOSSIER_DUE_SOON", "Sắp đến hạn giải quyết",
            "DOSSIER_STEP_OVERDUE", "Bước xử lý quá hạn",
            "DOSSIER_STEP_DUE_SOON", "Bước xử lý sắp đến hạn");

    private HistoryLabels() {}

    /** The label for an entry of {@code type}; an unknown type (a newer version's) reads as its status alone. */
    public static String of(String type, TrackedStatus status) {
        return Arrays.stream(Action.values())
                .filter(a -> a.eventType().equals(type))
                .map(a -> a.label)
                .findFirst()
                .orElseGet(() -> SYSTEM.getOrDefault(type, status.label));
    }

    public static boolean internal(String type) {
        return INTERNAL.contains(type);
    }
}
