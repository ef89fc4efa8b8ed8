package dev.ksa.catalog;

/**
 * Which objects a rule is about: an API group and kind (the group empty for the core API), any
 * object whose pod template runs an image of {@code image} (a repository, without tag), or, with
 * {@code pod: true}, every pod template (Pods, workloads, Jobs, CronJobs); {@code annotation} further
 * requires the object to carry that annotation (any value).
 */
public record ObjectMatch(String group, String kind, String image, Boolean pod, String annotation) {

    public ObjectMatch {
        group = group == null ? "" : group;
        kind = kind == null ? "" : kind;
        image = image == null ? "" : image;
        pod = pod != null && pod;
        annotation = annotation == null ? "" : annotation;
    }
}
