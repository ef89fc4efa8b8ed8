package dev.ksa.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One project of the standard architecture, as {@code catalog/components/<id>.yaml} describes it.
 * {@code stars} maps an edition to the GitHub stars its text gives ({@code "22.9k"});
 * {@code endpoints} maps a provided capability to the in-cluster URL other components use
 * ({@code {namespace}} is replaced by the planned namespace); {@code console} says how a web
 * console is exposed; {@code uses} names capabilities the component is wired to when some planned
 * component provides them, without needing them (Grafana uses a log backend; it requires a
 * metrics backend). The planner orders installs by both. {@code expectedFindings} are audit rule ids
 * whose findings this component causes by design (a node agent mounts host paths); the audit reports
 * them on its own objects as info, saying so. {@code creates} are objects its controllers make at run
 * time and {@code references} what its custom resources refer to; {@code ksa validate} checks the
 * whole platform's references with both. {@code downloads} are what it fetches from the internet at
 * run time, which an air-gapped platform must switch off or mirror. {@code oidcClients} say where its
 * single sign-on settings are; {@code identityProvider} how an OIDC provider's realms read.
 * {@code ignoreDifferences} are fields its controllers change on live objects; {@code holdsData}
 * marks components whose Applications must not delete what they created when removed.
 */
public record Component(
        String id,
        String name,
        String nameKo,
        String category,
        String repo,
        String homepage,
        String license,
        Text licenseNote,
        Map<String, String> stars,
        Text description,
        Text why,
        List<Alternative> alternatives,
        Install install,
        List<String> provides,
        List<String> requires,
        List<String> conflicts,
        Fingerprints fingerprints,
        List<String> images,
        Resources resources,
        Lifecycle lifecycle,
        Map<String, String> endpoints,
        Console console,
        List<String> uses,
        List<String> expectedFindings,
        List<RuntimeObject> creates,
        List<Reference> references,
        List<Download> downloads,
        List<OidcClient> oidcClients,
        IdentityProvider identityProvider,
        List<IgnoreDifference> ignoreDifferences,
        Boolean holdsData) {

    public Component {
        stars = stars == null ? Map.of() : new TreeMap<>(stars);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        provides = provides == null ? List.of() : List.copyOf(provides);
        requires = requires == null ? List.of() : List.copyOf(requires);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        fingerprints = fingerprints == null ? new Fingerprints(null, null, null, null, null) : fingerprints;
        images = images == null ? List.of() : List.copyOf(images);
        lifecycle = lifecycle == null ? Lifecycle.active() : lifecycle;
        endpoints = endpoints == null ? Map.of() : new TreeMap<>(endpoints);
        uses = uses == null ? List.of() : List.copyOf(uses);
        expectedFindings = expectedFindings == null ? List.of() : List.copyOf(expectedFindings);
        creates = creates == null ? List.of() : List.copyOf(creates);
        references = references == null ? List.of() : List.copyOf(references);
        downloads = downloads == null ? List.of() : List.copyOf(downloads);
        oidcClients = oidcClients == null ? List.of() : List.copyOf(oidcClients);
        ignoreDifferences = ignoreDifferences == null ? List.of() : List.copyOf(ignoreDifferences);
        holdsData = holdsData != null && holdsData;
        resources = resources == null ? new Resources("0m", "0Mi", false) : resources;
    }

    public String name(Lang lang) {
        return lang == Lang.KO && nameKo != null && !nameKo.isBlank() ? nameKo : name;
    }

    public boolean inCluster() {
        return install != null && install.inCluster();
    }

    /** The component's own version: the main chart's app version, or the pinned version of other kinds. */
    public String version() {
        if (install == null) {
            return null;
        }
        if (install.version() != null) {
            return install.version();
        }
        return install.charts().isEmpty() ? null : install.charts().get(0).appVersion();
    }

    /** A web console reachable through ingress: {@code host} is the first DNS label under the platform domain. */
    public record Console(String host, String service, int port, String path) {}
}
