package vn.motcua.notification.delivery.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "notification")
public interface DeliverySettings {
    ZoneId zone();

    /** Officers' warnings go to {agency code}@{this domain}. */
    String agencyMailboxDomain();

    QuietHoursSettings quietHours();

    Retry retry();

    Zalo zalo();

    Sms sms();

    Worker worker();

    Parking parking();

    RatingLink ratingLink();

    interface RatingLink {
        /** The citizens' pages; the link is {base}/#/danh-gia/{token}. */
        String baseUrl();

        Duration ttl();
    }

    interface Worker {
        /** How often the worker looks for due deliveries (a scheduler expression, e.g. 1s). */
        String every();

        /** Deliveries sent in one transaction: a crash in the middle of one sends at most these again. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a delivery this instance planned is left to it to send from memory: the table's pass takes it only
         * after that, so an instance that died still has its messages sent by another one.
         */
        @WithDefault("30s")
        Duration claim();

        /**
         * Deliveries waiting in memory, about at most (transactions that commit together may each find room); beyond
         * it they are planned for the table's pass at once.
         */
        @WithDefault("1000")
        int claimedAtMost();
    }

    interface Parking {
        /** How often parked events are matched with contact details that arrived (a scheduler expression). */
        String every();

        /** Events waiting for their dossier's contact details; past this, the oldest is dropped (and counted). */
        @WithDefault("10000")
        int maxEvents();

        /** How long an event waits for its contact details before it is dropped (and counted). */
        @WithDefault("7d")
        Duration maxAge();
    }

    interface Sms {
        String apiKey();

        /** Log SMS (masked) instead of calling the gateway: the local stack has none. */
        @io.smallrye.config.WithDefault("false")
        boolean mock();
    }

    interface QuietHoursSettings {
        LocalTime start();

        LocalTime end();
    }

    interface Retry {
        /** Attempts before a transient failure becomes FAILED. */
        int maxAttempts();

        Duration firstDelay();

        Duration maxDelay();
    }

    interface Zalo {
        @WithDefault("false")
        boolean enabled();

        Optional<String> accessToken();

        Optional<String> templateId();
    }
}
