package vn.motcua.intake.catalogue.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes the JSON columns of a procedure version. What it read is kept by the column's text: every
 * submission checks its documents against its procedure's components, and parsing them each time was about 1.5 % of
 * intake's CPU at load (docs/benchmarks.md). A revised column is other text, so it is read afresh.
 */
@ApplicationScoped
public class CatalogueJson {
    public record Component(String code, String name, boolean mandatory, int originals, int copies) {}

    public record Step(String name, String workingDays) {}

    // A province's catalogue has a few hundred procedures; past this many texts the memo starts over.
    private static final int MAX_TEXTS = 512;

    private final ObjectMapper json;
    private final Map<String, List<Component>> components = new ConcurrentHashMap<>();
    private final Map<String, List<Step>> steps = new ConcurrentHashMap<>();

    public CatalogueJson(ObjectMapper json) {
        this.json = json;
    }

    /** The version's components, in their order (an unmodifiable list). */
    public List<Component> components(ProcedureVersion p) {
        return memo(components, p.components, new TypeReference<List<Component>>() {});
    }

    /** The version's steps, in their order (an unmodifiable list). */
    public List<Step> steps(ProcedureVersion p) {
        return memo(steps, p.steps, new TypeReference<List<Step>>() {});
    }

    private <T> List<T> memo(Map<String, List<T>> memo, String text, TypeReference<List<T>> type) {
        List<T> known = memo.get(text);
        if (known != null) {
            return known;
        }
        if (memo.size() >= MAX_TEXTS) {
            memo.clear();
        }
        List<T> read = List.copyOf(read(text, type));
        memo.put(text, read);
        return read;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue column is not valid JSON", e);
        }
    }
}
