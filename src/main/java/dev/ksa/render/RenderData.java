package dev.ksa.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ksa.catalog.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ksa writes for one component ({@code render/components/<id>.yaml}): Helm values per chart
 * release (always, and under conditions), values it contributes to other components' charts when
 * both are planned (a backend adds itself as a Grafana datasource), manifests it adds under
 * {@code platform/}, the Secrets the bootstrap creates, facts others refer to ({@code vars}), its OIDC
 * client, and OCI artifacts other than images an air-gapped site must mirror ({@code mirrorArtifacts}).
 */
public record RenderData(
        String id,
        Map<String, String> vars,
        Map<String, ChartValues> charts,
        Map<String, List<Conditional>> contributes,
        List<Manifest> manifests,
        List<SecretNeeded> secrets,
        OidcClientData oidcClient,
        List<String> mirrorArtifacts,
        Text notes,
        List<Note> notesWhen) {

    public RenderData {
        vars = vars == null ? Map.of() : new TreeMap<>(vars);
        charts = charts == null ? Map.of() : new TreeMap<>(charts);
        contributes = contributes == null ? Map.of() : new TreeMap<>(contributes);
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        mirrorArtifacts = mirrorArtifacts == null ? List.of() : List.copyOf(mirrorArtifacts);
        notesWhen = notesWhen == null ? List.of() : List.copyOf(notesWhen);
    }

    public static RenderData empty(String id) {
        return new RenderData(id, null, null, null, null, null, null, null, null, null);
    }

    /** What to finish by hand when {@code if} holds (README), in both languages; {@code ${...}} variables allowed. */
    public record Note(@JsonProperty("if") Condition condition, String ko, String en) {
        public Note {
            condition = condition == null ? Condition.ALWAYS : condition;
        }
    }

    /**
     * Values for one chart release: {@code values} always, then each {@code when} whose condition holds.
     * {@code passthrough} names value paths the chart hands verbatim to the application's own
     * configuration (grafana.ini, the collector's config), with why: keys below them are the
     * application's, not the chart's, so a values check must not look them up in values.yaml.
     * {@code skipCrds}: when it holds, the chart's {@code crds/} folder is left out (Argo CD's helm.skipCrds),
     * because another planned chart installs the same CRDs and two Applications must not own one object.
     */
    public record ChartValues(Map<String, Object> values, List<Conditional> when, Map<String, String> passthrough, Condition skipCrds) {
        public ChartValues {
            values = values == null ? Map.of() : values;
            when = when == null ? List.of() : List.copyOf(when);
            passthrough = passthrough == null ? Map.of() : new TreeMap<>(passthrough);
        }
    }

    /** Values (or documents) that apply when {@code if} holds. */
    public record Conditional(@JsonProperty("if") Condition condition, Map<String, Object> values) {
        public Conditional {
            condition = condition == null ? Condition.ALWAYS : condition;
            values = values == null ? Map.of() : values;
        }
    }

    /**
     * All given keys must hold: {@code planned}/{@code notPlanned} a component id, {@code capability}
     * provided by a planned component or the environment, {@code cloud} the environment is a cloud, {@code environment} it is that one (aws, on-prem, ...),
     * {@code airgap} the profile has spec.airgap, {@code has} a variable has a value in this plan,
     * {@code missing} a variable has none, {@code ha} the platform is (or is not) highly available ({@link HighAvailability}).
     */
    public record Condition(String planned, String notPlanned, String capability, String noCapability, Boolean cloud, String environment, Boolean airgap,
            String has, String missing, Boolean ha) {
        public static final Condition ALWAYS = new Condition(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Kubernetes documents written to {@code platform/<file>} when {@code if} holds; each {@code when} whose
     * condition holds merges its values, keyed by kind, into every document of that kind (more replicas when
     * the platform is highly available, say).
     */
    public record Manifest(String file, @JsonProperty("if") Condition condition, List<Map<String, Object>> documents, List<Conditional> when) {
        public Manifest {
            condition = condition == null ? Condition.ALWAYS : condition;
            documents = documents == null ? List.of() : List.copyOf(documents);
            when = when == null ? List.of() : List.copyOf(when);
        }

        /** The documents with every holding {@code when} merged in, variables resolved for component {@code self}. */
        @SuppressWarnings("unchecked")
        public List<Object> resolved(RenderContext ctx, Variables variables, String self) {
            List<Object> out = new java.util.ArrayList<>();
            for (Map<String, Object> document : documents) {
                Map<String, Object> merged = new java.util.LinkedHashMap<>(document);
                for (Conditional c : when) {
                    Object patch = c.values().get(String.valueOf(document.get("kind")));
                    if (patch != null && Variables.holds(c.condition(), ctx)) {
                        ValuesComposer.merge(merged, patch);
                    }
                }
                out.add(variables.substitute(merged, self));
            }
            return out;
        }
    }

    /**
     * A Secret the values refer to, which the bootstrap creates before the sync (bootstrap/secrets.sh);
     * its values never enter the repository. Each key is {@code key} (a random value), {@code key=${random:N}}
     * (random, N characters), {@code key=${secret:NAME}} (a random value shared by every key naming NAME),
     * {@code key=<what>} (a value a person gives) or {@code key=text} (that text, after variables).
     */
    public record SecretNeeded(String name, String namespace, List<String> keys, Map<String, String> labels, @JsonProperty("if") Condition condition,
            Text purpose) {
        public SecretNeeded {
            keys = keys == null ? List.of() : List.copyOf(keys);
            labels = labels == null ? Map.of() : new TreeMap<>(labels);
            condition = condition == null ? Condition.ALWAYS : condition;
        }
    }

    /** A client of the platform's OIDC provider: the identity provider's side (its realm) is written from these. */
    public record OidcClientData(String clientId, List<String> redirectUris, Boolean publicClient) {
        public OidcClientData {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            publicClient = publicClient != null && publicClient;
        }
    }
}
