package org.secondlook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallJsonTest {

    @Test
    void readsEveryKindOfValue() {
        Map<String, Object> read = SmallJson.object("""
                 { "text": "caf\\u00e9 \\"quoted\\"\\n\\\\ / \\/ señal", "n": -12.5e1, "whole": 150,
                   "yes": true, "no": false, "none": null, "list": [1, "two", [], {}], "empty": {} }
                """);

        assertEquals("café \"quoted\"\n\\ / / señal", read.get("text"));
        assertEquals(-125.0, read.get("n"));
        assertEquals(150.0, read.get("whole"));
        assertEquals(true, read.get("yes"));
        assertEquals(false, read.get("no"));
        assertTrue(read.containsKey("none") && read.get("none") == null);
        assertEquals(List.of(1.0, "two", List.of(), Map.of()), read.get("list"));
        assertEquals(Map.of(), read.get("empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{", "{\"a\": 1", "{\"a\" 1}", "{a: 1}", "{\"a\": 1,}", "{\"a\": tru}",
            "{\"a\": \"open}", "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "{\"a\": 1} x", "{\"a\": --}",
            "{\"a\": \"tab\there\"}"})
    void refusesWhatIsNotOneJsonObject(String text) {
        assertThrows(IllegalArgumentException.class, () -> SmallJson.object(text));
    }
}
