package dev.ksa.cli;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Environment;
import dev.ksa.catalog.Lang;
import dev.ksa.support.ClasspathFolder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ksa init}: prints a commented, valid platform.yaml to start from. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Print a commented platform.yaml to start from (ksa init > platform.yaml).")
public final class InitCommand implements Callable<Integer> {
    private static final Map<String, String> REGIONS = Map.of("aws", "ap-northeast-2", "gcp", "asia-northeast3", "azure", "koreacentral");

    @Spec CommandSpec spec;

    @Option(names = "--edition", paramLabel = "E", description = "Edition of the standard architecture (default: the latest).")
    String edition;

    @Option(names = "--environment", paramLabel = "ENV", description = "on-prem (default), aws, gcp or azure.")
    String environment = "on-prem";

    @Option(names = "--lang", paramLabel = "ko|en", converter = CommonOptions.LangConverter.class, completionCandidates = CommonOptions.LangConverter.class,
            description = "Language of the comments (default: from the locale).")
    Lang lang;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        String chosenEdition = edition == null ? catalog.latestEdition().id() : catalog.edition(edition).id();
        Environment env = catalog.environment(environment);
        TreeSet<String> features = new TreeSet<>();
        catalog.categories().stream().map(Category::feature).filter(Objects::nonNull).forEach(features::add);
        String suffix = (lang != null ? lang : Lang.fromLocale()) == Lang.KO ? ".ko.yaml" : ".yaml";
        String template = read((env.cloud() ? "init/cloud" : "init/on-prem") + suffix);
        String text = template.replace("{{edition}}", chosenEdition)
                .replace("{{environment}}", env.id())
                .replace("{{region}}", REGIONS.getOrDefault(env.id(), ""))
                .replace("{{features}}", String.join(", ", features));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String read(String resource) {
        return ClasspathFolder.read(resource).orElseThrow(() -> new IllegalStateException("resource missing: " + resource));
    }
}
