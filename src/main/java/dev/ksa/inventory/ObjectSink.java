package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives each parsed object of a stream with the line it starts on (1-based; 0 when unknown). */
@FunctionalInterface
public interface ObjectSink {
    void accept(JsonNode object, int line);
}
