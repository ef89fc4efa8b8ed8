package dev.ksa.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Streams the objects of JSON input: one or more concatenated objects, arrays of objects, and
 * {@code List}s as {@code kubectl get -o json} and the API server write them, whose items are
 * read one at a time. Returns the last List's own fields (its {@code metadata.continue}).
 */
public final class JsonObjectReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlObjectReader.MAX_DEPTH)
                    .maxStringLength(64 * 1024 * 1024).build())
            .build());

    private JsonObjectReader() {}

    public static ObjectNode read(Reader reader, String source, ObjectSink sink) {
        try (JsonParser p = MAPPER.createParser(reader)) {
            ObjectNode listHeader = null;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        item(p, sink);
                    }
                } else if (token == JsonToken.START_OBJECT) {
                    ObjectNode header = object(p, sink);
                    if (header != null) {
                        listHeader = header;
                    }
                } else {
                    throw new UserError(source + ":" + p.currentTokenLocation().getLineNr()
                            + ": expected a JSON object or array of objects. Give ksa Kubernetes manifests (kubectl get -o json)");
                }
            }
            return listHeader;
        } catch (JsonProcessingException e) {
            throw new UserError(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": invalid JSON: " + e.getOriginalMessage() + ". Fix the JSON there or give the file as YAML");
        } catch (CharacterCodingException e) {
            throw new UserError(source + ": not UTF-8 text. Convert it first (iconv -t UTF-8) or leave it out of -f");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(JsonParser p, ObjectSink sink) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            int line = p.currentTokenLocation().getLineNr();
            JsonNode node = p.readValueAsTree();
            sink.accept(node, line);
        } else {
            p.skipChildren();
        }
    }

    /** Reads an object; streams its {@code items} when it is a List. Returns the List's other fields, or null. */
    private static ObjectNode object(JsonParser p, ObjectSink sink) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        ObjectNode head = MAPPER.createObjectNode();
        boolean list = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("items")) {
                list = true;
                if (value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        item(p, sink);
                    }
                } else {
                    p.skipChildren();
                }
            } else {
                head.set(field, p.readValueAsTree());
            }
        }
        if (list) {
            return head;
        }
        sink.accept(head, line);
        return null;
    }
}
