package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Kafka channel a service consumes gives up on a dead replica's heartbeats within 15 s (the client's default,
 * 45 s, left a killed instance's partitions unread for that long), and heartbeats at least three times per session.
 */
class ConsumerSessionTest {
    static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.connector");

    @Test
    void everyConsumedChannelNoticesADeadReplicaWithinFifteenSeconds() throws IOException {
        List<String> wrong = new ArrayList<>();
        int channels = 0;
        for (String service : SharedCopiesTest.SERVICES) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(
                    SharedCopiesTest.ROOT.resolve(service + "-service/src/main/resources/application.properties"))) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                Matcher m = CHANNEL.matcher(key);
                if (!m.matches() || !p.getProperty(key).equals("smallrye-kafka")) {
                    continue;
                }
                channels++;
                String prefix = "mp.messaging.incoming." + m.group(1) + ".";
                long session = Long.parseLong(p.getProperty(prefix + "session.timeout.ms", "45000"));
                long heartbeat = Long.parseLong(p.getProperty(prefix + "heartbeat.interval.ms", "3000"));
                if (session > 15_000 || heartbeat * 3 > session) {
                    wrong.add(service + " " + m.group(1) + ": session " + session + " ms, heartbeat " + heartbeat);
                }
            }
        }
        assertFalse(channels < 6, "the services' six consumed channels were found: " + channels);
        assertEquals(List.of(), wrong);
    }
}
