package dev.ksa.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code platform.yaml}: bounded UTF-8 YAML with positions, checked against the shipped
 * schema, then bound to {@link Profile}. Every problem is a {@link UserError} naming file:line:column.
 */
public final class ProfileReader {
    static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper BIND = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProfileReader() {}

    public static Profile read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new UserError(file + ": is a directory; give the profile file (platform.yaml)");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new UserError(file + ": larger than 1 MiB; a profile is a short file. Check that this is platform.yaml");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file. Create one with 'ksa init > " + file + "'");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
        return parse(decode(bytes, file), file);
    }

    /** The profile from a stream ({@code ksa plan -} reads stdin); {@code name} stands for the file in messages, e.g. {@code <stdin>}. */
    public static Profile read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserError(name + ": larger than 1 MiB; a profile is a short file. Check that this is platform.yaml");
        }
        String text = decode(bytes, name);
        if (text.isBlank()) {
            throw new UserError(name + ": no profile on standard input. Pipe one in (ksa init | ksa plan -) or give the file");
        }
        return parse(text, name);
    }

    public static Profile parse(String text, String file) {
        PositionedYaml.Document document = PositionedYaml.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new UserError(file + ":1:1: a profile is a mapping (apiVersion, kind, metadata, spec). Start from 'ksa init'");
        }
        normaliseEdition((ObjectNode) root);
        List<String> problems = ProfileSchema.check(root, document.positions(), file);
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\nksa: ", problems));
        }
        try {
            Profile bound = BIND.treeToValue(root, Profile.class);
            return new Profile(file, bound.apiVersion(), bound.kind(), bound.metadata(), bound.spec(), document.positions());
        } catch (IOException e) {
            throw new UserError(file + ": " + e.getMessage().lines().findFirst().orElse("") + ". Fix the profile");
        }
    }

    /** {@code edition: 2026} (a YAML integer) means the same as {@code "2026"}. */
    private static void normaliseEdition(ObjectNode root) {
        JsonNode spec = root.path("spec");
        if (spec.isObject() && spec.path("edition").isIntegralNumber()) {
            ((ObjectNode) spec).set("edition", TextNode.valueOf(spec.path("edition").asText()));
        }
    }

    private static String decode(byte[] bytes, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text. Save it as UTF-8 (iconv -f EUC-KR -t UTF-8 for Korean Windows files)");
        }
    }
}
