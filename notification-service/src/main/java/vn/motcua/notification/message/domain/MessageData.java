package vn.motcua.notification.message.domain;

import java.util.List;

/** What a template may print; dates are already in Vietnamese words ("11 giờ 30 phút, ngày 03/12/2026"). */
public record MessageData(String code, String name, String agency, String procedure, String appointment,
                          String reason, List<String> reasons, String newAppointment) {
}
