package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.domain.MessageData;

class MessageDataTest {
    @Test
    void outcomesAreSaidInVietnamese() {
        assertEquals("trước hạn", MessageData.outcomeInWords("EARLY"));
        assertEquals("đúng hạn", MessageData.outcomeInWords("ON_TIME"));
        assertEquals("quá hạn", MessageData.outcomeInWords("LATE"));
        assertNull(MessageData.outcomeInWords(null));
        assertNull(MessageData.outcomeInWords("SOMETHING_NEW"));
    }
}
