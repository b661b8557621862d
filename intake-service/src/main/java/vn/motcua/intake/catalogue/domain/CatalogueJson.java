package vn.motcua.intake.catalogue.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes the JSON columns of a procedure version. */
@ApplicationScoped
public class CatalogueJson {
    public record Component(String code, String name, boolean mandatory, int originals, int copies) {}

    public record Step(String name, String workingDays) {}

    private final ObjectMapper json;

    public CatalogueJson(ObjectMapper json) {
        this.json = json;
    }

    public List<Component> components(ProcedureVersion p) {
        return read(p.components, new TypeReference<>() {});
    }

    public List<Step> steps(ProcedureVersion p) {
        return read(p.steps, new TypeReference<>() {});
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue column is not valid JSON", e);
        }
    }
}
