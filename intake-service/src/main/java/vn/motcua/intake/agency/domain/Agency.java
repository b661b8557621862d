package vn.motcua.intake.agency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * An agency, identified by its Decision 20/2020/QĐ-TTg code: one that receives dossiers at its one-stop desk, or one
 * they are only handed over to (the province's People's Committee).
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    public enum Level {
        PROVINCE,
        COMMUNE
    }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "successor_code")
    public String successorCode;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "receives_dossiers", nullable = false)
    public boolean receivesDossiers = true;

    public static Optional<Agency> findByCode(String code) {
        return findByIdOptional(code);
    }

    public static List<Agency> listActive() {
        return list("active = true order by code");
    }
}
