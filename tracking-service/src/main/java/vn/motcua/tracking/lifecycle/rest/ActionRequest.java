package vn.motcua.tracking.lifecycle.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.service.DossierActions;

/**
 * The body of POST /api/dossiers/{code}/actions. {@code reason} is required for REQUEST_SUPPLEMENT (what to
 * bring), SUSPEND and APOLOGIZE; HAND_OVER needs {@code toAgency} or {@code toPerson} and
 * {@code stepWorkingDays}; APOLOGIZE needs {@code newAppointmentAt}.
 */
public record ActionRequest(
        @NotNull(message = "cần thao tác (action)") Action action,
        // A reason may span lines (it is printed on forms 02 and 04); no other control character.
        @Size(max = 2000, message = "tối đa 2000 ký tự")
        @Pattern(regexp = "[\\r\\n\\t[^\\p{Cc}]]*", message = "không được chứa ký tự điều khiển")
        String reason,

        @Size(max = 32) @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
        String toAgency,

        @Size(max = 128) @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
        String toPerson,

        BigDecimal stepWorkingDays,
        OffsetDateTime newAppointmentAt) {

    public DossierActions.Command command() {
        return new DossierActions.Command(
                action,
                Optional.ofNullable(reason).map(String::strip),
                Optional.ofNullable(toAgency).filter(s -> !s.isBlank()),
                Optional.ofNullable(toPerson).filter(s -> !s.isBlank()),
                Optional.ofNullable(stepWorkingDays),
                Optional.ofNullable(newAppointmentAt).map(OffsetDateTime::toInstant));
    }
}
