package vn.motcua.tracking.statistics.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The open-dossier gauges' figures, added up over the slices of one walk: open dossiers by holding agency, status
 * and procedure; by holding agency, those overdue, those due soon, and how long the oldest overdue one is past its
 * due time (0 when none is).
 */
public final class OpenDossierTally {
    /** One series of the open count. */
    public record Group(String agency, String status, String procedure) {}

    /** One slice's row: a group's open, overdue and due-soon dossiers, the oldest overdue's seconds if any. */
    public record Row(Group group, long open, long overdue, long dueSoon, Optional<Long> oldestOverdueSeconds) {}

    private final Map<Group, Long> open = new HashMap<>();
    private final Map<String, Long> overdue = new HashMap<>();
    private final Map<String, Long> dueSoon = new HashMap<>();
    private final Map<String, Long> oldestOverdue = new HashMap<>();

    public void add(Row row) {
        String agency = row.group().agency();
        open.merge(row.group(), row.open(), Long::sum);
        overdue.merge(agency, row.overdue(), Long::sum);
        dueSoon.merge(agency, row.dueSoon(), Long::sum);
        oldestOverdue.merge(agency, row.oldestOverdueSeconds().orElse(0L), Math::max);
    }

    public Map<Group, Long> open() {
        return Map.copyOf(open);
    }

    public Map<String, Long> overdue() {
        return Map.copyOf(overdue);
    }

    public Map<String, Long> dueSoon() {
        return Map.copyOf(dueSoon);
    }

    /** Every agency with an open dossier has a value, so a dashboard never shows "no data" for one. */
    public Map<String, Long> oldestOverdueSeconds() {
        return Map.copyOf(oldestOverdue);
    }
}
