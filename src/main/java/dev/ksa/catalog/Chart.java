package dev.ksa.catalog;

/**
 * One Helm chart a component installs. {@code repo} is an HTTP chart repository or an
 * {@code oci://} reference (then {@code chart} is the last path element).
 */
public record Chart(String release, String repo, String chart, String version, String appVersion, String namespace) {

    public boolean oci() {
        return repo != null && repo.startsWith("oci://");
    }

    /** The reference Helm itself takes: {@code oci://host/path/chart} or {@code repo/chart}. */
    public String reference() {
        return oci() ? repo.replaceAll("/+$", "") + "/" + chart : repo + " " + chart;
    }
}
