package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void defaultsPutDataUnderTheLauncherModule() {
        StackConfig c = StackConfig.fromEnvironment(Map.of("STACK_ROOT", "/repo"));
        assertEquals(Path.of("/repo/deploy/local-stack/data"), c.dataDir());
        assertEquals(3306, c.mariadbPort());
        assertEquals(9092, c.kafkaPort());
        assertEquals(8180, c.keycloakPort());
        assertEquals(Set.of(), c.external());
    }

    @Test
    void portsAndExternalServersComeFromTheEnvironment() {
        StackConfig c = StackConfig.fromEnvironment(
                Map.of("STACK_ROOT", "/repo", "STACK_KAFKA_PORT", "19092", "STACK_EXTERNAL", " Kafka, keycloak ,"));
        assertEquals(19092, c.kafkaPort());
        assertTrue(c.isExternal("kafka"));
        assertTrue(c.isExternal("keycloak"));
        assertEquals(2, c.external().size());
    }

    @Test
    void aPortThatIsNotANumberIsAClearError() {
        StackException e = assertThrows(
                StackException.class, () -> StackConfig.fromEnvironment(Map.of("STACK_MARIADB_PORT", "db")));
        assertEquals("STACK_MARIADB_PORT must be a port number, was 'db'", e.getMessage());
    }
}
