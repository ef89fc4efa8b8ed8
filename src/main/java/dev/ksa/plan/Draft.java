package dev.ksa.plan;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.Environment;
import dev.ksa.catalog.LicenseExpression;
import dev.ksa.catalog.SpdxLicenseList;
import dev.ksa.catalog.Text;
import dev.ksa.plan.PlannedComponent.Option;
import dev.ksa.plan.PlannedComponent.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plan while the planner's steps shape it: selected components, category statuses, warnings. */
final class Draft {
    final Catalog catalog;
    final Profile profile;
    final Edition edition;
    final Environment environment;
    final LocalDate today;
    final Map<String, Entry> planned = new LinkedHashMap<>();
    final Map<String, CategoryStatus> categories = new LinkedHashMap<>();
    final List<PlanWarning> warnings = new ArrayList<>();
    /** component/capability pairs already reported unsatisfied, so a second closure pass does not repeat them. */
    final Set<String> reportedRequirements = new LinkedHashSet<>();
    /** spec.policy.denyLicenses as the SPDX License List writes them. */
    final List<SpdxLicenseList.Normalized> deniedLicenses;
    private final List<String> deniedIds;

    Draft(Catalog catalog, Profile profile, Edition edition, Environment environment, LocalDate today) {
        this.catalog = catalog;
        this.profile = profile;
        this.edition = edition;
        this.environment = environment;
        this.today = today;
        this.deniedLicenses = DeniedLicenses.read(profile);
        this.deniedIds = deniedLicenses.stream().map(SpdxLicenseList.Normalized::id).toList();
    }

    /** A selected component and why. */
    static final class Entry {
        final Component component;
        final Origin origin;
        final List<Text> reasons = new ArrayList<>();
        final List<Option> alternatives = new ArrayList<>();

        Entry(Component component, Origin origin) {
            this.component = component;
            this.origin = origin;
        }
    }

    Entry add(Component component, Origin origin, Text reason) {
        Entry entry = planned.get(component.id());
        if (entry == null) {
            entry = new Entry(component, origin);
            planned.put(component.id(), entry);
        }
        entry.reasons.add(reason);
        return entry;
    }

    void remove(String id) {
        planned.remove(id);
    }

    boolean has(String id) {
        return planned.containsKey(id);
    }

    boolean chosen(String id) {
        return profile.spec().choose().containsValue(id);
    }

    boolean excluded(String id) {
        return profile.spec().exclude().contains(id);
    }

    boolean licenseAllowed(Component component) {
        return deniedIds.isEmpty() || LicenseExpression.parse(component.license()).allowedAvoiding(deniedIds);
    }

    /** Capabilities the planned components and the environment provide. */
    Set<String> capabilities() {
        Set<String> caps = new LinkedHashSet<>(environment.provides());
        planned.values().forEach(e -> caps.addAll(e.component.provides()));
        return caps;
    }

    void status(String category, CategoryStatus.Status status, List<String> components, Text note) {
        categories.put(category, new CategoryStatus(category, status, List.copyOf(components), note));
    }

    void warn(String code, PlanWarning.Severity severity, String component, String category, Text message) {
        warnings.add(new PlanWarning(code, severity, component, category, message));
    }

    String categoryName(String category, dev.ksa.catalog.Lang lang) {
        return catalog.findCategory(category).map(c -> c.name().in(lang)).orElse(category);
    }

    /** Category name in both languages, for messages. */
    Text categoryText(String category) {
        return catalog.findCategory(category).map(c -> c.name()).orElse(Text.same(category));
    }
}
