package dev.ksa.inventory;

/** A container image an object names, and the field that names it ({@code spec.template.spec.containers[manager].image}). */
public record ImageUse(String image, String field) {}
