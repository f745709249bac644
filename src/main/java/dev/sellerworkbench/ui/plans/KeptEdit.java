package dev.sellerworkbench.ui.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.sellerworkbench.domain.Creator;
import java.time.Instant;
import java.util.List;

/// An edit of a published plan that was kept but not published when the editor last had the
/// plan open: the editor's state, when it was kept, and the creators it names. `stale` when the
/// plan has been published again since the edit began; such an edit is not offered back.
record KeptEdit(EditorState state, Instant savedAt, boolean stale, List<Creator> creators) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    KeptEdit {
        creators = List.copyOf(creators);
    }

    static String write(EditorState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an editor state that cannot be written as JSON", e);
        }
    }

    /// The state in `json`; throws [JsonProcessingException] for text that is not one.
    static EditorState read(String json) throws JsonProcessingException {
        return JSON.readValue(json, EditorState.class);
    }
}
