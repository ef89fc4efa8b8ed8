package dev.ksa.catalog;

import java.util.List;

/**
 * A field a controller of the component changes on the live object after Argo CD applies it (a
 * webhook's CA bundle, a failure policy it patches once ready), in Argo CD's {@code ignoreDifferences}
 * form; ksa writes these into the component's Applications, with {@code RespectIgnoreDifferences}, so
 * they neither show as drift nor get written back.
 */
public record IgnoreDifference(String group, String kind, String name, String namespace, List<String> jsonPointers, List<String> jqPathExpressions) {

    public IgnoreDifference {
        jsonPointers = jsonPointers == null ? List.of() : List.copyOf(jsonPointers);
        jqPathExpressions = jqPathExpressions == null ? List.of() : List.copyOf(jqPathExpressions);
    }
}
