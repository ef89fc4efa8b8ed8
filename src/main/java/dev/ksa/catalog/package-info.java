/**
 * Step one of the flow: the standard architecture as data. Components, categories, editions and
 * named sets are YAML resources under {@code catalog/}; this package models, loads and checks them.
 */
package dev.ksa.catalog;
