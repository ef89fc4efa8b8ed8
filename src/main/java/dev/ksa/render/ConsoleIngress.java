package dev.ksa.render;

import dev.ksa.catalog.Component;
import java.util.Comparator;
import java.util.Optional;

/**
 * The planned component that exposes the consoles: one that serves Kubernetes Ingress (its render
 * data names an {@code ingressClass}) or a Gateway API Gateway ({@code gateway}). A service mesh also
 * provides {@code ingress} in the catalog, but without a gateway deployment it serves no Ingress, so
 * the dedicated controller of the ingress category is preferred, then any other that declares one.
 */
final class ConsoleIngress {
    private ConsoleIngress() {}

    static Optional<Component> of(RenderContext ctx) {
        return ctx.plan().components().stream()
                .map(p -> ctx.component(p.id()))
                .filter(c -> c.provides().contains("ingress"))
                .filter(ConsoleIngress::serves)
                .min(Comparator.comparing((Component c) -> !c.category().equals("ingress")));
    }

    static boolean serves(Component c) {
        var vars = RenderDataLoader.of(c.id()).vars();
        return vars.containsKey("ingressClass") || vars.containsKey("gateway");
    }
}
