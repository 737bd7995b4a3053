package org.techmarket.matching;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product says how close their meanings are. One
 * small interface, so that a cluster can move the model into its own service later.
 */
public interface TextEmbedder {

    /** The model's name, stored beside each vector: vectors of another model are computed again. */
    String model();

    int dimensions();

    /** The longest text embedded, in characters; longer texts are cut (the model reads 512 tokens). */
    int maxCharacters();

    /** One unit-length vector per text, in order. */
    List<float[]> embed(List<String> texts);
}
