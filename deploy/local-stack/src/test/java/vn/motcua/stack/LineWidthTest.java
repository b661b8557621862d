package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Java line is wider than 120 characters (characters, not bytes: Vietnamese letters count once). The formatter
 * (Spotless with palantir-java-format, checked at validate) wraps code at that width but not comments or string
 * literals; this catches those.
 */
class LineWidthTest {
    static final int WIDTH = 120;

    @Test
    void noJavaLineIsWiderThan120Characters() throws IOException {
        List<String> wide = new ArrayList<>();
        int files = 0;
        for (String module : List.of(
                "intake-service", "tracking-service", "notification-service", "deploy/local-stack", "deploy/e2e")) {
            try (Stream<Path> paths =
                    Files.walk(SharedCopiesTest.ROOT.resolve(module).resolve("src"))) {
                for (Path file :
                        paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).codePointCount(0, lines.get(i).length()) > WIDTH) {
                            wide.add(SharedCopiesTest.ROOT.relativize(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertTrue(files > 300, "the walk found the sources: " + files);
        assertEquals(List.of(), wide, "lines over " + WIDTH + " characters");
    }
}
