package org.pothos.vocabulary;

/** A name a model may use ({@code alias}) and the label it stands for ({@code target}). */
public record LabelAlias(String alias, String target) {
}
