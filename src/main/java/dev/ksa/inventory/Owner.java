package dev.ksa.inventory;

/** An owner reference: the object that controls this one (a ReplicaSet owns its Pods). */
public record Owner(String apiVersion, String kind, String name, boolean controller) {}
